import { generateDemoDataset } from './generate.js';

for (const seed of [1, 2, 3, 42, 99]) {
  const d = generateDemoDataset({ seed, now: new Date('2026-05-01T00:00:00Z') });
  const pg = new Map(d.persons.map((p) => [p.id, p]));
  const sexual = (c: (typeof d.cases)[number]) => c.exploitationForms.some((f) => f.startsWith('sexual'));
  const share = (g: string) => {
    const cs = d.cases.filter((c) => pg.get(c.personId)?.gender === g);
    return (cs.filter(sexual).length / cs.length).toFixed(3);
  };
  console.log(
    seed,
    'child',
    (d.cases.filter((c) => c.isChild).length / d.cases.length).toFixed(3),
    'persons-child',
    (
      d.persons.filter((p) => d.cases.some((c) => c.personId === p.id && c.isChild)).length / d.persons.length
    ).toFixed(3),
    'F',
    share('female'),
    'M',
    share('male'),
    'cases',
    d.cases.length,
  );
}
