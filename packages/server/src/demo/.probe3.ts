import { generateDemoDataset } from './generate.js';

const d = generateDemoDataset({ seed: 7, now: new Date('2026-05-01T00:00:00Z') });
const seen = new Map<string, number>();
for (const p of d.persons) {
  const n = seen.get(p.nationality) ?? 0;
  if (n < 2) {
    console.log(
      p.nationality,
      p.gender,
      '|',
      p.givenName,
      '|',
      p.familyName,
      '|',
      p.aliases.join(' / '),
      '|',
      p.languages.join(','),
      p.dateOfBirth,
      p.birthYear,
      p.ageUncertain,
    );
    seen.set(p.nationality, n + 1);
  }
}
const c = d.cases.find((c) => c.narrativeLanguage === 'ar');
console.log(c?.narrative);
const u = d.cases.find((c) => c.narrativeLanguage === 'uk');
console.log(u?.narrative);
const v = d.cases.find((c) => c.narrativeLanguage === 'vi');
console.log(v?.narrative);
console.log(d.organisations.map((o) => `${o.key} ${o.contactEmail} ${o.contactPhone}`).slice(0, 3));
console.log(
  d.users
    .map((u) => u.email)
    .slice(13, 30)
    .join('\n'),
);
