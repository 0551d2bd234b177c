import { showsUnit } from '../../finance/format.ts';
import type { Bullet, SlideDataOf, SlideOptionsOf, TemplateName } from '../../model/slides/index.ts';
import { comparison } from './computed.ts';
import { forecastColumns } from './forecast.ts';
import { kpis } from './kpi.ts';
import { revisionRows } from './revision.ts';
import { tableView, type TableView } from './table-view.ts';

/**
 * Speaker notes for a results slide whose deck file gives none: its key figures and their changes,
 * one line a row, taken from the same view of the data the slide draws, so the notes say what the
 * slide shows. A template with no figures to speak to has no generator and gets no notes.
 */
type Generator<K extends TemplateName> = (data: SlideDataOf<K>, options: SlideOptionsOf<K>) => string[];

const generators: { [K in TemplateName]?: Generator<K> } = {
  'financial-table': (data, options) => tableLines(tableView(data, { columns: options.columns, rows: options.rows })),
  'financial-chart': chartLines,
  'kpi-summary': (data, options) =>
    kpis(data, options.items).map(({ label, period, unit, figure, change }) =>
      `${label}, ${period}: ${figure.text}${showsUnit(unit) ? '' : ` ${unit}`}${change ? ` (YoY ${change.text})` : ''}`,
    ),
  forecast: (data, options) =>
    data.kind === 'forecast'
      ? tableLines(tableView(data, { columns: options.columns ?? forecastColumns(data.columns, options), rows: options.rows }))
      : revisionRows(data).map(({ label, period, unit, previous, revised, change }) =>
          `${label}, ${period} (${unit}): ${revised.text}, previous target ${previous.text}, change ${change.text}`,
        ),
  highlights: ({ bullets }, options) => withFigures(bullets.slice((options.items?.from ?? 1) - 1, options.items?.to ?? bullets.length)),
};

/** The generated talking points of a slide, or none (no generator, or nothing with a figure). */
export function talkingPoints(template: string, data: unknown, options: Record<string, unknown>): string[] {
  const generate = generators[template as TemplateName] as Generator<TemplateName> | undefined;
  return generate ? generate(data as never, options as never) : [];
}

/**
 * A chart speaks to what it prints: its series, the printed totals of a stacked chart, its row of
 * ratios and its change arrows, in the same figures as the slide (FinancialChartSlide).
 */
function chartLines(data: SlideDataOf<'financial-chart'>, options: SlideOptionsOf<'financial-chart'>): string[] {
  const columns = options.columns ?? data.columns.map((column) => column.id);
  const rows = options.rows && options.total && !options.rows.includes(options.total) ? [...options.rows, options.total] : options.rows;
  const lines = tableLines(tableView(data, { columns, rows }));
  const ratioOf = options.ratio?.of ?? options.rows?.[0] ?? data.rows[0]?.metric;
  if (options.ratio && ratioOf !== undefined) {
    const per = options.ratio.per;
    const ratios = tableView(data, { columns: columns.map((column) => ({ column, computed: 'percent-of-revenue' as const, per })), rows: [ratioOf] });
    const cells = ratios.rows[0]?.cells ?? [];
    lines.push(`${options.ratio.label}: ${cells.map((cell, i) => `${ratios.columns[i]!.label} ${cell.text}`).join('; ')}`);
  }
  for (const arrow of options.arrows ?? []) {
    const from = data.columns.find((c) => c.id === arrow.from);
    const to = data.columns.find((c) => c.id === arrow.to);
    const row = data.rows.find((r) => r.metric === (arrow.row ?? options.rows?.[0] ?? data.rows[0]?.metric));
    if (!from || !to || !row) continue;
    const ctx = { row, rows: data.rows, unit: data.unit, decimals: data.decimals, source: data.source };
    lines.push(`${arrow.kind === 'yoy' ? 'YoY' : 'Change'}, ${from.label ?? from.at} to ${to.label ?? to.at}: ${comparison(arrow.kind, to, from, ctx).text}`);
  }
  return lines;
}

/** "Unit: JPY million", then each row: its label and every cell the slide prints, named by its column. */
function tableLines(view: TableView): string[] {
  const rows = view.rows.map((row) => {
    const cells = row.cells.map((cell, i) => `${view.columns[i]!.label} ${cell.text}`);
    return `${row.label}${row.unitNote ? ` (${row.unitNote})` : ''}: ${cells.join('; ')}`;
  });
  return [`Unit: ${view.unit}`, ...rows];
}

/**
 * An amount, a ratio or a change as IR text states one ("JPY391 million", "up 16.3%", "0.2 points",
 * "27 employees", "1,600"), not a digit in a name ("EM7.2", "IPv6") or a date ("December, 2008").
 */
const FIGURE = /JPY\s?[\d,.]+|[\d,.]*\d\s?(?:%|points?\b|pt\b|(?:million|billion|Gbps|contracts|employees|ATMs|clients|personnel)\b)|\b\d{1,3}(?:,\d{3})+\b/i;

/** The bullets (and sub-bullets) that state a figure, as lines; a slide of words only gets none. */
function withFigures(bullets: readonly Bullet[]): string[] {
  return bullets.flatMap((bullet) => {
    const text = typeof bullet === 'string' ? bullet : bullet.text;
    const below = typeof bullet === 'string' ? [] : withFigures([...(bullet.items ?? []), ...(bullet.children ?? [])]);
    return FIGURE.test(text) ? [text, ...below] : below;
  });
}
