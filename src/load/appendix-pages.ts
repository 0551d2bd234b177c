import type { ResolvedSlide } from '../model/resolved.ts';
import { readingCount } from '../model/slides/corrections.ts';
import type { DataPath, Problem } from '../problems.ts';
import type { YamlSource } from './yaml-source.ts';

/** A resolved slide and where its deck file (or deck template) wrote it. */
export interface PlacedResolvedSlide {
  slide: ResolvedSlide;
  source: YamlSource;
  at: DataPath;
}

type Appendix = { count: number; perPage: number; pages: number[]; last: PlacedResolvedSlide };

/**
 * A corrections appendix spread over several slides, each with its `page`, must show every reading
 * of its data files: a reading on no page would vanish from the audit trail without a word. Slides
 * with the same data files form one appendix; the last of them is where a missing page is reported.
 */
export function appendixProblems(placed: PlacedResolvedSlide[]): Problem[] {
  const appendices = new Map<string, Appendix>();
  for (const entry of placed) {
    const { template, data, options } = entry.slide;
    if (template.kind !== 'builtin' || template.name !== 'corrections') continue;
    const files = data as { file: string; data: unknown }[];
    const key = files.map(({ file }) => file).join('\n');
    const appendix = appendices.get(key) ?? { count: readingCount(files as Parameters<typeof readingCount>[0]), perPage: options.perPage as number, pages: [], last: entry };
    appendix.pages.push(options.page as number);
    appendix.last = entry;
    appendices.set(key, appendix);
  }
  const problems: Problem[] = [];
  for (const { count, perPage, pages, last } of appendices.values()) {
    const needed = Math.ceil(count / perPage);
    const missing = Array.from({ length: needed }, (_, index) => index + 1).filter((page) => !pages.includes(page));
    if (missing.length === 0) continue;
    const shown = pages.length * perPage;
    problems.push(
      last.source.problemAt(
        [...last.at, 'options'],
        `This appendix shows ${Math.min(shown, count)} of the ${count} corrected readings of its data files; page(s) ${missing.join(', ')} are on no slide.`,
        `Add a corrections slide with the same data for each missing page (options: { page: ${missing[0]} }).`,
      ),
    );
  }
  return problems;
}
