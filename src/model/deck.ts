import { z } from 'zod';

/** Themes a deck may name; each is a stylesheet in src/client/themes/. */
export const themeNames = ['quarterdeck', 'midnight', 'iij'] as const;
export type ThemeName = (typeof themeNames)[number];

/**
 * `file.yaml#path.to[0].value`: a file under data/ and, after `#`, a path inside it;
 * `folder/prefix-*.yaml`: every matching file, as a list of { file, data }.
 * Without `#`, the whole file.
 */
export const dataReferencePattern = /^[^#\s]+\.(ya?ml|json)(#[^\s#]+)?$/;

/** A deck id: the deck file's name and its URL folder. One spelling for the loader and the servers. */
export const deckIdSpelling = '[a-z0-9][a-z0-9-]*';

/** A custom template: a .svelte file of the user's project, relative to --root. */
export const customTemplatePattern = /\.svelte$/;

/** One slide as a deck file writes it: a template name, and its data and options still unchecked. */
export const slideEntrySchema = z
  .object({
    template: z
      .string()
      .min(1)
      .describe('A built-in template name (title, agenda, section, highlights, table, chart, …) or a path to a .svelte file relative to --root.'),
    title: z.string().optional().describe('The slide title; templates show it in the title band.'),
    notes: z.string().optional().describe('Speaker notes, shown in the speaker view (press S).'),
    data: z
      .unknown()
      .optional()
      .describe('A reference into data/ such as "acme/results.yaml#revenue.quarterly", or the data inline.'),
    options: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Template options, such as fragments: true to build a chart or list step by step.'),
  })
  .strict();

export const deckSchema = z
  .object({
    title: z.string().min(1).describe('The deck title, shown on the title slide and in the deck list.'),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'Use YYYY-MM or YYYY-MM-DD, for example 2008-06.')
      .describe('When the deck is presented: YYYY-MM or YYYY-MM-DD.'),
    company: z.string().min(1).describe('The company presenting.'),
    theme: z.enum(themeNames).default('quarterdeck').describe('The visual theme.'),
    lang: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use an HTML language code such as en or ja.").default('en').describe('The language of the deck text, as an HTML lang code.'),
    slides: z.array(slideEntrySchema).min(1, 'A deck needs at least one slide.').describe('The slides, in order.'),
  })
  .strict();

export type SlideEntry = z.infer<typeof slideEntrySchema>;
export type DeckFile = z.infer<typeof deckSchema>;

/** Where a deck template lets each deck add slides of its own. */
export const slotSchema = z
  .object({ slot: z.string().min(1).describe('The name deck files use under `slots:` to put slides here.') })
  .strict();

const paramValue = z.union([z.string(), z.number()]);

/**
 * A deck file that fills in a deck template: the template gives the slides, with `{{name}}`
 * placeholders in any text (data references included); the deck names the values.
 */
export const extendingDeckSchema = z
  .object({
    extends: z.string().regex(/\.ya?ml$/, 'Name a .yaml deck template, relative to --root.').describe('The deck template this deck fills in, relative to --root.'),
    params: z.record(z.string(), paramValue).default({}).describe('Values for the template placeholders, e.g. period: 1Q09.'),
    slots: z.record(z.string(), z.array(slideEntrySchema)).default({}).describe('Slides of this deck only, by the template slot they go in.'),
    title: deckSchema.shape.title.optional(),
    date: deckSchema.shape.date.optional(),
    company: deckSchema.shape.company.optional(),
    theme: z.enum(themeNames).optional().describe('The visual theme.'),
    lang: deckSchema.shape.lang.unwrap().optional(),
  })
  .strict();

/** A reusable deck: a deck file's fields, slots among the slides, and the placeholders it needs. */
export const deckTemplateSchema = z
  .object({
    params: z.record(z.string(), z.string()).default({}).describe('Each placeholder the template uses, with what it means.'),
    title: z.string().optional(),
    date: z.string().optional(),
    company: z.string().optional(),
    theme: z.enum(themeNames).optional(),
    lang: z.string().optional(),
    slides: z.array(z.union([slotSchema, slideEntrySchema])).min(1),
  })
  .strict();

export type ExtendingDeckFile = z.infer<typeof extendingDeckSchema>;
export type DeckTemplateFile = z.infer<typeof deckTemplateSchema>;
