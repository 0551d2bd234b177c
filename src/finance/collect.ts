import type { Basis } from '../model/ir/keys.ts';
import type { IrDocument, Source, Stated, Unit } from '../model/ir/index.ts';
import { decimalsOf } from './units.ts';

/** One figure as the checks see it: where it is, what it measures, how precisely it is printed. */
export interface FactRef {
  file: string;
  /** Where in the file, so a report can name the line. */
  path: (string | number)[];
  source: Source;
  metric: string;
  at: string;
  basis: Basis;
  asOf?: string | undefined;
  value: number;
  unit: Unit;
  decimals: number;
  note?: string | undefined;
  flag?: string | undefined;
  text?: string | undefined;
}

/** A stated derived figure with every default filled in. */
export interface StatedRef extends Omit<Stated, 'unit' | 'source' | 'decimals'> {
  file: string;
  path: (string | number)[];
  source: Source;
  unit: Unit;
  decimals: number;
  basis: Basis;
  baseBasis: Basis;
}

const TABLE_KINDS = new Set(['income-statement', 'balance-sheet', 'cash-flow', 'quarterly-series', 'segment-results', 'forecast']);

function defaultUnit(derived: Stated['derived'], fallback: Unit): Unit {
  if (derived === 'ratio-change') return 'points';
  if (derived === 'change' || derived === 'sum' || derived === 'difference') return fallback;
  return '%';
}

function statedRef(file: string, path: (string | number)[], s: Stated, source: Source, fallbackUnit: Unit, of?: string): StatedRef {
  return {
    ...s,
    of: s.of ?? of,
    file,
    path,
    source: s.source ?? source,
    unit: s.unit ?? defaultUnit(s.derived, fallbackUnit),
    decimals: s.decimals ?? decimalsOf(s.value),
    basis: s.basis ?? 'actual',
    baseBasis: s.baseBasis ?? 'actual',
  };
}

/** Every figure and every stated derived figure in the documents, with sources and units resolved. */
export function collect(docs: readonly { file: string; doc: IrDocument }[]): { facts: FactRef[]; stated: StatedRef[] } {
  const facts: FactRef[] = [];
  const stated: StatedRef[] = [];
  for (const { file, doc } of docs) {
    if (doc.kind === 'statements') {
      for (const [k, f] of (doc.facts ?? []).entries()) {
        facts.push({
          file, path: ['facts', k], source: f.source ?? doc.source, metric: f.metric, at: f.at, basis: f.basis ?? 'actual', asOf: f.asOf,
          value: f.value, unit: f.unit, decimals: f.decimals ?? decimalsOf(f.value), note: f.note, flag: f.flag, text: f.text,
        });
      }
      for (const [k, s] of (doc.stated ?? []).entries()) stated.push(statedRef(file, ['stated', k], s, doc.source, 'JPY million'));
    } else if (doc.kind === 'target-revision') {
      for (const [i, r] of doc.revisions.entries()) {
        for (const [basis, f, key] of [['previous-target', r.previous, 'previous'], ['target', r.new, 'new']] as const) {
          facts.push({
            file, path: ['revisions', i, key], source: f.source ?? doc.source, metric: r.metric, at: r.period, basis, asOf: doc.asOf,
            value: f.value, unit: f.unit ?? r.unit, decimals: f.decimals ?? decimalsOf(f.value), note: f.note, flag: f.flag, text: f.text,
          });
        }
        for (const [k, s] of (r.stated ?? []).entries()) {
          stated.push(statedRef(file, ['revisions', i, 'stated', k], { asOf: doc.asOf, ...s }, doc.source, r.unit, r.metric));
        }
      }
    } else if (TABLE_KINDS.has(doc.kind) && 'rows' in doc && 'columns' in doc) {
      const columns = new Map(doc.columns.map((c) => [c.id, c]));
      for (const [r, row] of doc.rows.entries()) {
        const rowUnit = row.unit ?? doc.unit;
        for (const [id, f] of Object.entries(row.values)) {
          const col = columns.get(id);
          if (!col) continue; // the schema reports unknown column ids
          facts.push({
            file, path: ['rows', r, 'values', id], source: f.source ?? doc.source, metric: row.metric, at: col.at, basis: col.basis ?? 'actual', asOf: col.asOf,
            value: f.value, unit: f.unit ?? rowUnit, decimals: f.decimals ?? (row.unit ? undefined : doc.decimals) ?? decimalsOf(f.value),
            note: f.note, flag: f.flag, text: f.text,
          });
        }
        for (const [k, s] of (row.stated ?? []).entries()) {
          // A target in a table row takes the month of the column it is computed from.
          const asOf = s.asOf ?? doc.columns.find((c) => c.at === s.at && (c.basis ?? 'actual') === (s.basis ?? 'actual'))?.asOf;
          stated.push(statedRef(file, ['rows', r, 'stated', k], { ...s, asOf }, doc.source, rowUnit, row.metric));
        }
      }
      for (const [k, s] of (doc.stated ?? []).entries()) stated.push(statedRef(file, ['stated', k], s, doc.source, doc.unit));
    }
  }
  return { facts, stated };
}
