import { EMPTY, formatValue } from '../../finance/format.ts';
import type { Citations, Edition } from '../../model/edition.ts';
import type { Figure, Source } from '../../model/ir/index.ts';
import { citeSource } from './citation.ts';

/**
 * A figure as a slide prints it, with what a reader needs to trace it: where it was read (or that
 * it was computed, and from what) and any correction the data file records.
 */
export interface ShownFigure {
  text: string;
  value: number | null;
  source: Source;
  /** What the extracted text said, when the data file corrects the reading. */
  read?: string | undefined;
  note?: string | undefined;
  flagged?: boolean | undefined;
  /** How a derived figure was computed, e.g. "YoY: FY07 against FY06". */
  computed?: string | undefined;
  /**
   * A derived figure the source deck does not print (its % of revenues column was a lost image, say):
   * the slide must mark it as computed so that it never reads as a printed figure.
   */
  unstated?: boolean | undefined;
  /** The figure as read, when its column prints it to fewer decimals (66.84 in a column of 78.5). */
  exact?: string | undefined;
}

/** A figure from a data file, formatted in `unit` (its own unit wins) with its decimals. */
export function showFigure(
  figure: Figure | undefined,
  unit: string,
  source: Source,
  decimals?: number | undefined,
): ShownFigure {
  if (figure === undefined) return { text: EMPTY, value: null, source };
  const places = figure.decimals ?? decimals;
  return {
    text: formatValue(figure.value, figure.unit ?? unit, places === undefined ? {} : { decimals: places }),
    value: figure.value,
    source: figure.source ?? source,
    read: figure.text,
    note: figure.note,
    flagged: figure.flag !== undefined,
  };
}

/** A figure computed on the slide (a YoY, a change): `value` null prints as a dash, `why` says why. */
export function showComputed(
  value: number | null,
  unit: string,
  source: Source,
  computed: string,
  decimals?: number | undefined,
): ShownFigure {
  return {
    text: formatValue(value, unit, decimals === undefined ? {} : { decimals }),
    value,
    source,
    computed,
  };
}

/** What a data file states for a derived figure (a YoY, a change, a ratio) beside its inputs. */
export interface StatedFigure {
  value: number;
  unit?: string | undefined;
  decimals?: number | undefined;
  text?: string | undefined;
  note?: string | undefined;
  flag?: string | undefined;
  /** Another slide that states it (a ratio printed in a summary rather than in the table). */
  source?: Source | undefined;
}

/**
 * A derived figure. Where the deck states it, the slide prints the stated value, as the original
 * deck did: it was computed by the company from unrounded figures, so it is the more exact one
 * (FY2007 revenue growth is 17.1%, while 66.8 on 57.1 billion gives 17.0%). The tooltip gives the
 * value computed from the figures shown, and `quarterdeck check` fails on any difference beyond
 * rounding that no note explains. Without a stated value the computed one prints, marked `unstated`.
 */
export function showDerived(
  value: number | null,
  unit: string,
  source: Source,
  how: string,
  decimals: number | undefined,
  stated: StatedFigure | undefined,
): ShownFigure {
  const computed = showComputed(value, unit, source, how, decimals);
  if (!stated) return value === null ? computed : { ...computed, unstated: true };
  const statedUnit = stated.unit ?? unit;
  return {
    text: formatValue(stated.value, statedUnit, stated.decimals === undefined ? {} : { decimals: stated.decimals }),
    value: stated.value,
    source: stated.source ?? source,
    computed:
      value === null
        ? `${how}. As the deck states it; the figures to compute it are not in the data`
        : `${how}. As the deck states it; from the figures shown it computes to ${computed.text}`,
    read: stated.text,
    note: stated.note,
    flagged: stated.flag !== undefined,
  };
}

/** Corrected: the data file says why the figure reads as it does. */
export function isCorrected(figure: ShownFigure): boolean {
  return figure.read !== undefined || figure.note !== undefined;
}

/**
 * What a printed figure carries to trace it, by edition. The review edition names the seed file and
 * slide, how the figure was computed and any correction, and marks corrected and unsettled figures.
 * The audience edition carries only the source in investor language, or nothing.
 */
export interface FigureTrace {
  title: string | undefined;
  /** "<seed>: <slide>", for tools; review edition only. */
  source: string | undefined;
  corrected: boolean;
  flagged: boolean;
}

export function traceFigure(figure: ShownFigure, view: { edition: Edition; citations: Citations }): FigureTrace {
  if (view.edition === 'audience') return { title: citeSource(figure.source, view.citations), source: undefined, corrected: false, flagged: false };
  return { title: figureTitle(figure), source: sourceAttribute(figure.source), corrected: isCorrected(figure), flagged: figure.flagged === true };
}

/** The data-source attribute: seed file and slide title. */
export function sourceAttribute(source: Source): string {
  return `${source.seed}: ${source.slide}`;
}

/** The tooltip: source first, then how it was computed and any correction. */
export function figureTitle(figure: ShownFigure): string {
  const lines = [`Source: ${source(figure.source)}`];
  if (figure.computed) lines.push(`Computed: ${figure.computed}`);
  if (figure.exact !== undefined) lines.push(`Read as ${figure.exact}; shown to the decimals of its column.`);
  if (figure.read !== undefined) lines.push(`The text reads "${figure.read}".`);
  if (figure.flagged) lines.push('Unresolved: kept as printed.');
  if (figure.note) lines.push(figure.note);
  return lines.join('\n');
}

function source(s: Source): string {
  return `${s.seed}, slide "${s.slide}"`;
}
