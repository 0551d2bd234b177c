import type { IrDocument } from './index.ts';
import type { Source } from './source.ts';

/** A reading of the extracted text that the data corrects or flags, with the note that says why. */
export interface CorrectedReading {
  /** The data file, relative to data/. */
  file: string;
  path: (string | number)[];
  source: Source;
  /** The row, company or figure it is about, as the slide prints it. */
  what: string;
  /** What the extracted text said, where the data reads it otherwise. */
  text?: string | undefined;
  /** The value recorded instead, for a figure. */
  value?: number | undefined;
  /** Decimals the seed prints the figure with, where the data file says (YAML drops 2.0 to 2). */
  decimals?: number | undefined;
  note: string;
  /** The reading could not be settled: the text's value is kept. */
  flagged: boolean;
}

/**
 * Every corrected or flagged reading in the documents: any entry with a `note` and either `text`
 * (what the extraction said) or `flag`. Notes that only explain a row without correcting it are
 * not readings and are left out.
 */
export function correctedReadings(documents: readonly { file: string; doc: IrDocument }[]): CorrectedReading[] {
  const found: CorrectedReading[] = [];
  for (const { file, doc } of documents) {
    // The slide inventory says what did not survive; it corrects no reading.
    if (doc.kind === 'slide-inventory') continue;
    const visit = (value: unknown, path: (string | number)[], source: Source, what: string) => {
      if (Array.isArray(value)) return value.forEach((item, index) => visit(item, [...path, index], source, what));
      if (!value || typeof value !== 'object') return;
      const entry = value as Record<string, unknown>;
      const here = (entry.source as Source | undefined) ?? source;
      const label = describe(entry, what, path);
      if (typeof entry.note === 'string' && (typeof entry.text === 'string' || entry.flag !== undefined)) {
        found.push({
          file,
          path,
          source: here,
          what: label,
          text: typeof entry.text === 'string' && !isBulletText(entry) ? entry.text : undefined,
          value: typeof entry.value === 'number' ? entry.value : undefined,
          decimals: typeof entry.decimals === 'number' ? entry.decimals : undefined,
          note: entry.note,
          flagged: entry.flag !== undefined,
        });
      }
      for (const [key, child] of Object.entries(entry)) {
        if (key !== 'source') visit(child, [...path, key], here, label);
      }
    };
    visit(doc, [], doc.source, '');
  }
  return found;
}

function describe(entry: Record<string, unknown>, parent: string, path: (string | number)[]): string {
  const own = entry.label ?? entry.name ?? entry.title;
  if (typeof own === 'string') return own;
  const key = path.at(-1);
  // A figure in a row's values is named by its row and column id.
  if (path.at(-2) === 'values' && typeof key === 'string') return `${parent}, ${key}`;
  if (typeof entry.derived === 'string') return `${parent} ${entry.derived} ${typeof entry.at === 'string' ? entry.at : ''}`.trim();
  return parent;
}

// A bullet's `text` is its wording (already corrected); its note says what the extraction had.
function isBulletText(entry: Record<string, unknown>): boolean {
  return typeof entry.text === 'string' && entry.value === undefined && entry.name === undefined && !('derived' in entry);
}
