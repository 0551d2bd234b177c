import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { DeckInfo } from '../../src/model/deck.ts';
import type { SlideProps } from '../../src/model/slide.ts';
import { templateSchemas, type SlideDataOf, type SlideOptionsOf, type TemplateName } from '../../src/model/slides/index.ts';
import { imagesContext, type PlacedImages } from '../../src/templates/parts/images.ts';
import { templates } from '../../src/templates/registry.ts';

export const deck: DeckInfo = {
  id: 'fy2024-results',
  title: 'FY2024 Financial Results',
  date: '2025-05-13',
  company: 'Example Holdings Co., Ltd.',
  theme: 'quarterdeck',
  lang: 'en',
  // The edition that hides nothing, which the golden HTML shows; tests of the audience edition pass their own.
  edition: 'review',
  citations: new Map(),
};

/**
 * Renders a template the way the compiler will: data and options first go through the template's
 * schemas, so defaults are filled in and the tests cannot pass props a deck file could not produce.
 * `images` are where the page has the images the slide names, as the compiler provides them.
 */
export function renderSlide<K extends TemplateName>(
  name: K,
  input: { title?: string; data?: unknown; options?: unknown },
  images: PlacedImages = new Map(),
): { head: string; body: string } {
  const props: SlideProps<SlideDataOf<K>, SlideOptionsOf<K>> = {
    title: input.title,
    data: templateSchemas[name].data.parse(input.data) as SlideDataOf<K>,
    options: templateSchemas[name].options.parse(input.options) as SlideOptionsOf<K>,
    deck,
    index: 1,
  };
  const component = templates[name] as Component<SlideProps<SlideDataOf<K>, SlideOptionsOf<K>>>;
  return render(component, { props, context: imagesContext(images) });
}

export const count = (html: string, pattern: RegExp): number => html.match(pattern)?.length ?? 0;
