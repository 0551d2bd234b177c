// Runs inside Vite's SSR module graph (see render-session.ts), which compiles the .svelte files.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { ResolvedDeck, ResolvedSlide } from '../model/resolved.ts';
import type { DeckInfo } from '../model/deck.ts';
import type { SlideProps } from '../model/slide.ts';
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

type AnyTemplate = Component<SlideProps<any, any>>;

/** Custom templates by absolute path; the caller loads them through Vite. */
export type CustomTemplates = Map<string, AnyTemplate>;

export function renderDeckSlides(deck: ResolvedDeck, custom: CustomTemplates, images: PlacedImages): Rendered {
  const slides = deck.slides.map((slide, index) => renderable(deck, slide, index, custom));
  return render(DeckSlides, { props: { title: `${deck.title} · ${deck.company}`, slides }, context: imagesContext(images) });
}

/** The deck list, each deck with its first slide to draw as its thumbnail. */
export function renderDeckList(decks: DeckListEntry[], custom: CustomTemplates, images: PlacedImages): Rendered {
  const entries: DeckListItem[] = decks.map(({ slideCount, cover, ...deck }) => ({ ...deck, slideCount, cover: renderable(deck, cover, 0, custom) }));
  return render(DeckList, { props: { decks: entries }, context: imagesContext(images) });
}

export function renderProblemList(problems: string[]): Rendered {
  return render(ProblemList, { props: { problems } });
}

function renderable(deck: DeckInfo, slide: ResolvedSlide, index: number, custom: CustomTemplates): RenderableSlide {
  const ref = slide.template;
  const component = ref.kind === 'builtin' ? (templates as Record<string, AnyTemplate>)[ref.name] : custom.get(ref.file);
  if (!component) throw new Error(`No component loaded for template ${ref.kind === 'builtin' ? ref.name : ref.file}`);
  return {
    template: ref.kind === 'builtin' ? ref.name : ref.relative,
    title: slide.title,
    component,
    props: { title: slide.title, data: slide.data, options: slide.options, deck, index },
    notes: slide.notes,
  };
}
