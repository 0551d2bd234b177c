import { exportFormats, type ExportFormat } from '../compile/export-files.ts';
import { editionNames, type Edition } from '../model/edition.ts';
import { UsageError } from '../problems.ts';
import { build, type BuildResult } from './build.ts';

export interface ExportOptions {
  root: string;
  out: string;
  /** The decks to export; none means every deck. */
  ids: string[];
  formats: ExportFormat[];
  edition: Edition;
  baseUrl?: string | undefined;
  scale: number;
  notes: boolean;
  log?: (line: string) => void;
  /** Read nothing from the build cache. */
  noCache?: boolean | undefined;
}

/**
 * Exports decks into the built folder, beside them: the PDF, slide PNGs, the link-preview image and
 * the single-file deck. It always builds first, into a staging folder, and exports from that build
 * before it replaces OUT: so the files always match the decks, and the pages link only files that
 * are there. (Deciding whether an old build is still current would need the inputs' hash; a build
 * takes seconds, and is not worth the risk of a stale PDF.)
 */
export async function exportCommand(options: ExportOptions): Promise<BuildResult> {
  return build({
    root: options.root,
    out: options.out,
    baseUrl: options.baseUrl,
    noCache: options.noCache,
    export: { ids: new Set(options.ids), edition: options.edition, formats: new Set(options.formats), scale: options.scale, notes: options.notes, log: options.log ?? console.log },
  });
}

/** `--format pdf,png` → ['pdf', 'png']; every format when not given. */
export function parseFormats(value: unknown): ExportFormat[] {
  if (value === undefined) return [...exportFormats];
  const formats = String(value).split(',').map((format) => format.trim()).filter(Boolean);
  const unknown = formats.filter((format) => !(exportFormats as readonly string[]).includes(format));
  if (unknown.length || formats.length === 0) throw optionProblem('--format', `takes a list of ${exportFormats.join(', ')}, not "${String(value)}".`);
  return formats as ExportFormat[];
}

export function parseEdition(value: unknown): Edition {
  if (value === undefined) return 'audience';
  if (!(editionNames as readonly string[]).includes(String(value))) throw optionProblem('--edition', `takes ${editionNames.join(' or ')}, not "${String(value)}".`);
  return value as Edition;
}

export function parseScale(value: unknown): number {
  if (value === undefined) return 1;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 4) throw optionProblem('--scale', `takes a number from above 0 to 4, such as 2, not "${String(value)}".`);
  return scale;
}

export function parseBaseUrl(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(String(value));
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    // reported below
  }
  throw optionProblem('--base-url', `takes the http(s) URL the built folder is served at, such as https://ir.example.com/decks/, not "${String(value)}".`);
}

const optionProblem = (option: string, message: string) => new UsageError(`${option} ${message}`);
