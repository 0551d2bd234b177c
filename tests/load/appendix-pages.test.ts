import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/project.ts';
import { formatProblem } from '../../src/problems.ts';
import { tempProject } from '../helpers/temp-project.ts';

// Three corrected readings (bullets whose note says what the text had), two to a page.
const data = `kind: highlights
source: { seed: 000_9e66fd0b7d2bdcb7.txt, slide: Highlights }
bullets:
  - { text: Revenue up 17.1%, note: The text prints 71.1%. }
  - { text: Margin 7.1%, note: The text prints 71%. }
  - { text: Net income JPY 5.2 billion, note: The text prints 52. }
`;

const deck = (pages: number[]) => `title: Appendix
date: 2008-06
company: Acme
slides:
${pages.map((page) => `  - template: corrections
    title: Notes (${page})
    data: acme/*.yaml
    options: { page: ${page}, perPage: 2 }`).join('\n')}
`;

async function problemsFor(pages: number[]): Promise<string[]> {
  const root = await tempProject({ 'data/acme/highlights.yaml': data, 'decks/appendix.yaml': deck(pages) });
  return (await loadProject(root)).problems.map(formatProblem);
}

describe('a corrections appendix over several slides', () => {
  it('loads when its pages show every reading', async () => {
    expect(await problemsFor([1, 2])).toEqual([]);
  });

  it('is refused when a reading is on no slide, at the last page', async () => {
    const [problem, ...rest] = await problemsFor([1]);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^decks\/appendix\.yaml:8:\d+ slides\[0\]\.options: This appendix shows 2 of the 3 corrected readings of its data files; page\(s\) 2 are on no slide\./);
    expect(problem).toContain('options: { page: 2 }');
  });

  it('is refused when a page would be empty, at that page', async () => {
    expect(await problemsFor([1, 2, 3])).toEqual([
      expect.stringMatching(/^decks\/appendix\.yaml:16:\d+ slides\[2\]\.options\.page: Page 3 of this appendix would be empty: its data files hold 3 corrected reading\(s\), 2 a page, so 2 page\(s\)\./),
    ]);
  });
});
