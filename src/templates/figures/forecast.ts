import { parsePeriod } from '../../finance/periods.ts';
import type { ColumnChoice } from '../../model/slides/financial-table.ts';
import type { TableData } from '../../model/slides/ir-data.ts';
import { yearEarlier } from './kpi.ts';

type Column = TableData['columns'][number];

const isTarget = (c: Column) => (c.basis ?? 'actual') === 'target';

/** The full-year target a forecast slide is about: the last one, else the last target of any span. */
export function targetColumn(columns: readonly Column[]): Column | undefined {
  const targets = columns.filter(isTarget);
  return [...targets].reverse().find((c) => parsePeriod(c.at)?.type === 'year') ?? targets.at(-1);
}

/** The actuals a target is measured against: the same span a year earlier, else the first actual column. */
export function actualColumn(columns: readonly Column[], target: Column | undefined): Column | undefined {
  const actuals = columns.filter((c) => !isTarget(c) && (c.basis ?? 'actual') === 'actual');
  const at = target && yearEarlier(target.at);
  return actuals.find((c) => c.at === at) ?? actuals[0];
}

/** Every column, then the target's change and YoY against the actuals (when both are known). */
export function forecastColumns(
  columns: readonly Column[],
  choice: { target?: string | undefined; actual?: string | undefined },
): ColumnChoice[] {
  const target = choice.target ?? targetColumn(columns)?.id;
  const actual = choice.actual ?? actualColumn(columns, columns.find((c) => c.id === target))?.id;
  const all: ColumnChoice[] = columns.map((c) => c.id);
  if (target === undefined || actual === undefined) return all;
  return [
    ...all,
    { column: target, computed: 'change', base: actual, label: 'YoY change' },
    { column: target, computed: 'yoy', base: actual, label: 'YoY' },
  ];
}
