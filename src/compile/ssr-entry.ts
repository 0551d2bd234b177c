// Runs inside Vite's SSR module graph (see render-session.ts), which compiles the .svelte files.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { DeckInfo } from '../model/deck.ts';
import type { Citations } from '../model/edition.ts';
import type { ResolvedSlide } from '../model/resolved.ts';
import type { SlideProps } from '../model/slide.ts';
import { talkingPoints } from '../templates/figures/talking-points.ts';
import { imagesContext, type PlacedImages } from '../templates/parts/images.ts';
import { templates } from '../templates/registry.ts';
import type { DeckListEntry } from './deck-list-entry.ts';
import DeckList, { type DeckListItem } from './DeckList.svelte';
import DeckSlides, { type RenderableSlide } from './DeckSlides.svelte';
import ProblemList from './ProblemList.svelte';

export interface Rendered {
  head: string;
  body: string;
}

export type AnyTemplate = Component<SlideProps<any, any>>;

/** Custom templates by absolute path; the caller loads them through Vite. */
export type CustomTemplates = Map<string, AnyTemplate>;

/**
 * One edition of a deck: the slides of the other edition are left out here, before rendering, so
 * their text is never in the page, and slide numbers count this edition's slides.
 */
export function renderDeckSlides(deck: DeckInfo, all: readonly ResolvedSlide[], custom: CustomTemplates, images: PlacedImages): Rendered {
  const slides = renderable(deck, all, custom);
  return rendered(render(DeckSlides, { props: { title: `${deck.title} · ${deck.company}`, deck, slides }, context: imagesContext(images) }));
}

/**
 * Called only after a deck failed to render: renders its slides one by one to name the one whose
 * template threw (by its position in the deck file), so the user learns which slide to look at.
 */
export function firstFailingSlide(deck: DeckInfo, all: readonly ResolvedSlide[], custom: CustomTemplates, images: PlacedImages): { index: number; error: unknown } | undefined {
  for (const slide of renderable(deck, all, custom)) {
    try {
      rendered(render(DeckSlides, { props: { title: deck.title, deck, slides: [slide] }, context: imagesContext(images) }));
    } catch (error) {
      return { index: slide.position, error };
    }
  }
  return undefined;
}

function renderable(deck: DeckInfo, all: readonly ResolvedSlide[], custom: CustomTemplates): RenderableSlide[] {
  const inEdition = all.flatMap((slide, position) => (slide.editions.includes(deck.edition) ? [{ slide, position }] : []));
  return inEdition.map(({ slide, position }, index) => renderableSlide(deck, slide, index, position, custom));
}

function renderableSlide(deck: DeckInfo, slide: ResolvedSlide, index: number, position: number, custom: CustomTemplates): RenderableSlide {
  const ref = slide.template;
  const component = ref.kind === 'builtin' ? (templates as Record<string, AnyTemplate>)[ref.name] : custom.get(ref.file);
  if (!component) throw new Error(`No component loaded for template ${ref.kind === 'builtin' ? ref.name : ref.file}`);
  return {
    template: ref.kind === 'builtin' ? ref.name : ref.relative,
    title: slide.title,
    displayTitle: slide.displayTitle,
    component,
    props: { title: slide.title, data: slide.data, options: slide.options, deck, index },
    notes: notesOf(deck, slide),
    position,
  };
}

/** Marks generated notes in the review edition, so the IR team can tell them from the ones they wrote. */
export const GENERATED_NOTES = 'Generated from the data:';

/**
 * The deck file's notes, or talking points generated from the slide's data where it gives none; the
 * review edition adds its review notes and marks generated ones as such.
 */
function notesOf(deck: DeckInfo, slide: ResolvedSlide): string | undefined {
  const written = slide.notes?.trim();
  const generated = written || slide.template.kind !== 'builtin' ? [] : talkingPoints(slide.template.name, slide.data, slide.options);
  const notes = written || (generated.length ? generated.join('\n') : undefined);
  if (deck.edition !== 'review') return notes;
  const marked = generated.length ? `${GENERATED_NOTES}\n${notes}` : notes;
  return [marked, slide.reviewNotes].filter(Boolean).join('\n\n') || undefined;
}

export interface DeckListOptions {
  /** Link each deck's review edition too; a page for the public leaves them out. */
  reviewLinks: boolean;
}

/** The deck list, each deck with the first slide of its audience edition drawn as its thumbnail. */
export function renderDeckList(decks: DeckListEntry[], { reviewLinks }: DeckListOptions, citations: Citations, custom: CustomTemplates, images: PlacedImages): Rendered {
  const entries: DeckListItem[] = decks.map(({ cover, ...deck }) => {
    const info: DeckInfo = { ...deck, edition: 'audience', citations };
    return { ...deck, cover: cover && renderableSlide(info, cover, 0, 0, custom) };
  });
  return rendered(render(DeckList, { props: { decks: entries, reviewLinks, citations }, context: imagesContext(images) }));
}

export function renderProblemList(problems: string[]): Rendered {
  return rendered(render(ProblemList, { props: { problems } }));
}

/** svelte/server renders when `head` or `body` is first read: read them here, where a throw is caught. */
function rendered(result: Rendered): Rendered {
  return { head: result.head, body: result.body };
}

