import { z } from 'zod';
import { momentSchema, monthOrDateSchema } from './dates.ts';
import { editionSchema, type Citations, type Edition } from './edition.ts';

/** Themes a deck may name; each is a stylesheet in src/client/themes/. */
export const themeNames = ['quarterdeck', 'midnight', 'iij'] as const;
export type ThemeName = (typeof themeNames)[number];
/** The theme of a deck that names none, and the palette of a page without one. */
export const defaultTheme: ThemeName = 'quarterdeck';

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
    title: z.string().optional().describe('The slide title as the source printed it; the title band shows it normalised ("II -2." as "II-2.", "Ⅲ" as "III", no "※").'),
    displayTitle: z
      .string()
      .min(1)
      .optional()
      .describe('The title the slide shows instead, where the normalised printed title is not right; the review edition still names the printed one.'),
    notes: z.string().optional().describe('Speaker notes, shown in the speaker view (press S), in both editions.'),
    reviewNotes: z
      .string()
      .optional()
      .describe('Speaker notes for the review edition only, after `notes`: how the slide was read from its source, what did not survive.'),
    edition: editionSchema.optional(),
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

/** A deck's own fields as a deck file, an extending deck or a deck template writes them. */
const deckFields = z
  .object({
    title: z.string().min(1).describe('The deck title, shown on the title slide and in the deck list.'),
    period: z
      .string()
      .min(1)
      .optional()
      .describe('What the deck reports on, such as "FY2007 results" or "3Q FY2008": the deck list shows it under the title, so decks of one title tell apart. Without it the list shows the date.'),
    date: monthOrDateSchema.describe('When the deck is presented: YYYY-MM or YYYY-MM-DD.'),
    company: z.string().min(1).describe('The company presenting.'),
    publishAt: momentSchema
      .optional()
      .describe(
        'The release moment, such as 2009-02-12T15:00:00+09:00. Until then `quarterdeck serve` answers 404 for the deck, leaves it off the deck list and opens it only through a signed link (quarterdeck share); from then on the deck is public, with no rebuild.',
      ),
    description: z
      .string()
      .min(1)
      .optional()
      .describe('One or two sentences for link previews (mail, chat, social posts) and search results. Without it: the title, company and period or date.'),
    previewSlide: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('The audience slide (1 = the first) that `quarterdeck export` draws as the link-preview image, og.png. Default: the first.'),
    theme: z.enum(themeNames).describe('The visual theme.'),
    lang: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use an HTML language code such as en or ja.')
      .describe('The language of the deck text, as an HTML lang code.'),
  })
  .strict();

/** A deck's fields once known, defaults filled in: what a loaded deck carries beside its slides. */
export const deckMetaSchema = deckFields.extend({
  theme: deckFields.shape.theme.default(defaultTheme),
  lang: deckFields.shape.lang.default('en'),
});
export type DeckMeta = z.output<typeof deckMetaSchema>;

/**
 * What every slide template knows about the deck it sits in: its id (the file name), its fields, the
 * edition being rendered, and how to cite each source deck in that edition.
 */
export type DeckInfo = DeckMeta & { id: string; edition: Edition; citations: Citations };

export const deckSchema = deckMetaSchema.extend({
  slides: z.array(slideEntrySchema).min(1, 'A deck needs at least one slide.').describe('The slides, in order.'),
});

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
    ...deckFields.partial().shape,
  })
  .strict();

/** A reusable deck: a deck file's fields, slots among the slides, and the placeholders it needs. */
export const deckTemplateSchema = z
  .object({
    params: z.record(z.string(), z.string()).default({}).describe('Each placeholder the template uses, with what it means.'),
    ...deckFields.partial().shape,
    slides: z.array(z.union([slotSchema, slideEntrySchema])).min(1),
  })
  .strict();

/** The names of a deck's own fields, which an extending deck takes over its template's. */
export const deckMetaFields = deckFields.keyof().options;

export type ExtendingDeckFile = z.infer<typeof extendingDeckSchema>;
export type DeckTemplateFile = z.infer<typeof deckTemplateSchema>;
