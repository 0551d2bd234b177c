import type { z } from 'zod';
import type { SlideSchema } from '../slide.ts';
import { agenda } from './agenda.ts';
import { chart } from './chart.ts';
import { highlights } from './highlights.ts';
import { section } from './section.ts';
import { table } from './table.ts';
import { title } from './title.ts';

/** Every slide template's schemas, by the name a deck file uses in `template:`. */
export const slideSchemas = { title, agenda, section, highlights, table, chart } satisfies Record<string, SlideSchema>;

export type TemplateName = keyof typeof slideSchemas;

/** The validated `data` a template receives. */
export type SlideDataOf<K extends TemplateName> = z.output<(typeof slideSchemas)[K]['data']>;

/** The validated `options` a template receives, defaults filled in. */
export type SlideOptionsOf<K extends TemplateName> = z.output<(typeof slideSchemas)[K]['options']>;

export type { Bullet } from './highlights.ts';
