import { execFileSync } from 'node:child_process';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * A real PDF parser for the export tests: poppler-utils (pdfinfo, pdftotext, pdftohtml), which
 * `npm test` installs with apt like Chromium.
 */
export const popplerMissing = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return false;
  } catch {
    return true;
  }
})();

/** `pdfinfo` as fields: Title, Author, Pages, Page size, CreationDate … */
export function pdfInfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
  return Object.fromEntries(text.split('\n').flatMap((line) => {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    return match ? [[match[1]!, match[2]!]] : [];
  }));
}

/** The text of pages `first`..`last` (1-based), or of the whole document. */
export function pdfText(file: string, first?: number, last = first): string {
  const range = first ? ['-f', String(first), '-l', String(last)] : [];
  return execFileSync('pdftotext', [...range, '-layout', file, '-'], { encoding: 'utf8' });
}

export interface OutlineItem {
  title: string;
  page: number;
  children: OutlineItem[];
}

/** The document outline, as `pdftohtml -xml` reads it: each item's title, page and the items under it. */
export function pdfOutline(file: string): OutlineItem[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const outline = parse(xml).querySelector('pdf2xml > outline');
  return outline ? items(outline) : [];
}

function items(outline: HTMLElement): OutlineItem[] {
  const result: OutlineItem[] = [];
  for (const child of outline.childNodes) {
    if (!(child instanceof Object) || !('tagName' in child)) continue;
    const element = child as HTMLElement;
    if (element.tagName === 'ITEM') result.push({ title: element.text.trim(), page: Number(element.getAttribute('page')), children: [] });
    else if (element.tagName === 'OUTLINE' && result.length) result[result.length - 1]!.children = items(element);
  }
  return result;
}
