import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { TemplateName } from '../../src/model/slides/index.ts';
import { count, renderSlide } from './render.ts';

// Every IIJ document renders through the templates made for its kind, with every figure traceable.
const IIJ = join(import.meta.dirname, '../../data/iij');
const TEMPLATES: Record<string, TemplateName[]> = {
  'income-statement': ['financial-table', 'kpi-summary'],
  'balance-sheet': ['financial-table', 'kpi-summary'],
  'cash-flow': ['financial-table'],
  'quarterly-series': ['financial-table'],
  'segment-results': ['financial-table'],
  forecast: ['forecast', 'financial-table'],
  'target-revision': ['forecast'],
  'group-companies': ['group-companies'],
  'press-releases': ['press-releases'],
  'company-profile': ['company-profile'],
  text: ['text'],
  contacts: ['contact'],
};

const cases = readdirSync(IIJ)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((file) => {
    const doc = parse(readFileSync(join(IIJ, file), 'utf8')) as { kind?: string };
    return (TEMPLATES[doc.kind ?? ''] ?? []).map((template) => [file, template, doc] as const);
  });

describe('IIJ documents', () => {
  it.each(cases)('%s renders as %s', (_, template, doc) => {
    const { body } = renderSlide(template, { data: doc });
    expect(body).not.toContain('qd-problem');
    const figures = count(body, /class="qd-figure(?:"| (?!qd-empty))/g);
    expect(count(body, / data-source="\d{3}_[0-9a-f]{16}\.txt: [^"]+" tabindex="0"/g)).toBe(figures);
  });
});
