import { generateDemoDataset } from './generate.js';

const t0 = performance.now();
const d = generateDemoDataset({ seed: 42, now: new Date('2026-05-01T00:00:00Z') });
console.log('ms', Math.round(performance.now() - t0));
console.log(
  'orgs',
  d.organisations.length,
  'users',
  d.users.length,
  'persons',
  d.persons.length,
  'cases',
  d.cases.length,
  'team',
  d.caseTeam.length,
);
const tally = (xs: string[]) => {
  const m: Record<string, number> = {};
  for (const x of xs) m[x] = (m[x] ?? 0) + 1;
  return Object.entries(m)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}:${v}`)
    .join(' ');
};
console.log('child', d.cases.filter((c) => c.isChild).length / d.cases.length);
console.log('gender', tally(d.persons.map((p) => p.gender)));
console.log('nat', tally(d.persons.map((p) => p.nationality)));
console.log('stage', tally(d.cases.map((c) => c.stage)));
const pg = new Map(d.persons.map((p) => [p.id, p]));
const sexual = (c: (typeof d.cases)[number]) => c.exploitationForms.some((f) => f.startsWith('sexual'));
for (const g of ['female', 'male', 'transgender', 'unknown']) {
  const cs = d.cases.filter((c) => pg.get(c.personId)?.gender === g);
  console.log(g, 'sexual share', (cs.filter(sexual).length / cs.length).toFixed(3));
}
console.log('forms', tally(d.cases.flatMap((c) => c.exploitationForms)));
const orgKind = new Map(d.organisations.map((o) => [o.id, o.kind]));
console.log('referrer', tally(d.cases.map((c) => orgKind.get(c.referringOrgId) ?? '?')));
console.log('lead', tally(d.cases.map((c) => orgKind.get(c.leadOrgId) ?? '?')));
console.log('place', tally(d.cases.map((c) => c.exploitationPlace)));
console.log('lang', tally(d.cases.map((c) => c.narrativeLanguage)));
console.log('purpose', tally(d.caseTeam.map((t) => t.purpose)));
console.log('region', tally(d.cases.map((c) => c.region)));
console.log('year', tally(d.cases.map((c) => c.firstContactAt.slice(0, 4))));
for (const p of d.persons.slice(0, 12)) console.log(JSON.stringify(p));
for (const c of d.cases.slice(0, 4)) console.log(JSON.stringify(c));
console.log(d.users.slice(10, 16));
