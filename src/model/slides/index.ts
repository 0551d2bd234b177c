import type { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';
import { agenda } from './agenda.ts';
import { chart } from './chart.ts';
import { companyProfile } from './company-profile.ts';
import { contact } from './contact.ts';
import { corrections } from './corrections.ts';
import { financialChart } from './financial-chart.ts';
import { financialTable } from './financial-table.ts';
import { forecast } from './forecast.ts';
import { groupCompanies } from './group-companies.ts';
import { highlights } from './highlights.ts';
import { image } from './image.ts';
import { kpiSummary } from './kpi-summary.ts';
import { notInSource } from './not-in-source.ts';
import { pressReleases } from './press-releases.ts';
import { section } from './section.ts';
import { table } from './table.ts';
import { text } from './text.ts';
import { title } from './title.ts';
import { waterfall } from './waterfall.ts';

/** Every slide template's schemas, by the name a deck file uses in `template:`. */
export const templateSchemas = {
  title,
  agenda,
  section,
  highlights,
  table,
  chart,
  'financial-table': financialTable,
  'financial-chart': financialChart,
  'kpi-summary': kpiSummary,
  forecast,
  'group-companies': groupCompanies,
  'press-releases': pressReleases,
  'company-profile': companyProfile,
  text,
  contact,
  waterfall,
  corrections,
  'not-in-source': notInSource,
  image,
} satisfies Record<string, TemplateSchema>;

export type TemplateName = keyof typeof templateSchemas;

/** The validated `data` a template receives. */
export type SlideDataOf<K extends TemplateName> = z.output<(typeof templateSchemas)[K]['data']>;

/** The validated `options` a template receives, defaults filled in. */
export type SlideOptionsOf<K extends TemplateName> = z.output<(typeof templateSchemas)[K]['options']>;

export type { Bullet } from './highlights.ts';
