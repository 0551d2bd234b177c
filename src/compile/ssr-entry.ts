// Runs inside Vite's SSR module graph (see render-session.ts), which compiles the .svelte files.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { ResolvedDeck } from '../model/resolved.ts';
import type { SlideProps } from '../model/slide.ts';
import { templates } from '../templates/registry.ts';
import type { DeckListEntry } from './deck-list-entry.ts';
import DeckList from './DeckList.svelte';
import DeckSlides, { type RenderableSlide } from './DeckSlides.svelte';
import ProblemList from './ProblemList.svelte';

export interface Rendered {
  head: string;
  body: string;
}

export type AnyTemplate = Component<SlideProps<any, any>>;

/** Custom templates by absolute path; the caller loads them through Vite. */
export type CustomTemplates = Map<string, AnyTemplate>;

export function renderDeckSlides(deck: ResolvedDeck, custom: CustomTemplates): Rendered {
  return rendered(render(DeckSlides, { props: { title: `${deck.title} · ${deck.company}`, slides: renderable(deck, custom) } }));
}

/**
 * Called only after a deck failed to render: renders its slides one by one to name the one whose
 * template threw, so the user learns which slide to look at.
 */
export function firstFailingSlide(deck: ResolvedDeck, custom: CustomTemplates): { index: number; error: unknown } | undefined {
  const slides = renderable(deck, custom);
  for (const [index, slide] of slides.entries()) {
    try {
      rendered(render(DeckSlides, { props: { title: deck.title, slides: [slide] } }));
    } catch (error) {
      return { index, error };
    }
  }
  return undefined;
}

function renderable(deck: ResolvedDeck, custom: CustomTemplates): RenderableSlide[] {
  return deck.slides.map((slide, index) => {
    const ref = slide.template;
    const component =
      ref.kind === 'builtin' ? (templates as Record<string, AnyTemplate>)[ref.name] : custom.get(ref.file);
    if (!component) throw new Error(`No component loaded for template ${ref.kind === 'builtin' ? ref.name : ref.file}`);
    return {
      template: ref.kind === 'builtin' ? ref.name : ref.relative,
      title: slide.title,
      component,
      props: { title: slide.title, data: slide.data, options: slide.options, deck, index },
      notes: slide.notes,
    };
  });
}

export function renderDeckList(decks: DeckListEntry[]): Rendered {
  return rendered(render(DeckList, { props: { decks } }));
}

export function renderProblemList(problems: string[]): Rendered {
  return rendered(render(ProblemList, { props: { problems } }));
}

/** svelte/server renders when `head` or `body` is first read: read them here, where a throw is caught. */
function rendered(result: Rendered): Rendered {
  return { head: result.head, body: result.body };
}
