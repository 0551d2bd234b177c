import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/project.ts';
import { formatProblem } from '../../src/problems.ts';
import { tempProject } from '../helpers/temp-project.ts';

const template = `params:
  period: the quarter, such as 3Q08
title: Results for {{period}}
company: Acme
slides:
  - template: title
  - template: table
    title: Income statement, {{period}}
    data: acme/{{period}}.yaml#pl
  - slot: extra
  - template: section
    title: Appendix
`;
const figures = (revenue: number) => `pl:\n  columns: [Q]\n  rows:\n    - { label: Revenue, values: [${revenue}] }\n`;

describe('deck templates', () => {
  it('fills in params, adds the deck slides in the slot, and lets the deck override fields', async () => {
    const root = await tempProject({
      'decks/templates/quarterly.yaml': template,
      'decks/q3.yaml': 'extends: decks/templates/quarterly.yaml\ndate: 2009-02\nparams: { period: 3Q08 }\nslots:\n  extra:\n    - { template: section, title: New business }\n',
      'decks/q1.yaml': 'extends: decks/templates/quarterly.yaml\ndate: 2009-08\ntitle: First quarter\nparams: { period: 1Q09 }\n',
      'data/acme/3Q08.yaml': figures(100),
      'data/acme/1Q09.yaml': figures(120),
    });
    const project = await loadProject(root);
    expect(project.problems).toEqual([]);
    const [q1, q3] = project.decks;
    expect(q3!.title).toBe('Results for 3Q08');
    expect(q3!.slides.map((slide) => slide.title)).toEqual([undefined, 'Income statement, 3Q08', 'New business', 'Appendix']);
    expect(q3!.slides[1]!.data).toMatchObject({ rows: [{ values: [100] }] });
    expect(q1!.title).toBe('First quarter');
    expect(q1!.slides).toHaveLength(3);
    expect(q1!.slides[1]!.data).toMatchObject({ rows: [{ values: [120] }] });
  });

  const cases: [string, Record<string, string>, string][] = [
    ['a placeholder with no value, in the template', { 'decks/templates/t.yaml': template.replace('{{period}}.yaml', '{{quarter}}.yaml'), 'data/acme/3Q08.yaml': figures(1) }, 'decks/templates/t.yaml:9:11 slides[1].data: The placeholder {{quarter}} is not declared.'],
    ['a param the template does not take', { 'decks/templates/t.yaml': template, 'data/acme/3Q08.yaml': figures(1), params: 'period: 3Q08, perod: 1' }, 'decks/q3.yaml:3:25 params.perod: decks/templates/t.yaml has no placeholder perod.'],
    ['a missing param', { 'decks/templates/t.yaml': template, 'data/acme/3Q08.yaml': figures(1), params: '' }, 'decks/q3.yaml:3:9 params: Missing param period (the quarter, such as 3Q08).'],
    ['a slot the template does not have', { 'decks/templates/t.yaml': template, 'data/acme/3Q08.yaml': figures(1), slots: 'slots:\n  extras: []\n' }, 'decks/q3.yaml:5:3 slots.extras: decks/templates/t.yaml has no slot extras.'],
    ['a template that does not exist', { 'data/acme/3Q08.yaml': figures(1) }, 'decks/q3.yaml:1:10 extends: Deck template decks/templates/t.yaml does not exist.'],
    ['bad data behind a template slide, in the data file', { 'decks/templates/t.yaml': template, 'data/acme/3Q08.yaml': figures(1).replace('[1]', '["1"]') }, 'data/acme/3Q08.yaml:4:34 pl.rows[0].values[0]: Invalid input: expected number'],
  ];

  it.each(cases)('reports %s where it was written', async (_name, files, expected) => {
    const { params = 'period: 3Q08', slots = '', ...rest } = files;
    const root = await tempProject({ ...rest, 'decks/q3.yaml': `extends: decks/templates/t.yaml\ndate: 2009-02\nparams: { ${params} }\n${slots}` });
    const project = await loadProject(root);
    expect(project.problems.map(formatProblem).join('\n')).toContain(expected);
  });
});
