import type { Component } from 'svelte';
import type { SlideProps } from '../model/slide.ts';
import type { SlideDataOf, SlideOptionsOf, TemplateName } from '../model/slides/index.ts';
import AgendaSlide from './AgendaSlide.svelte';
import ChartSlide from './ChartSlide.svelte';
import HighlightsSlide from './HighlightsSlide.svelte';
import SectionSlide from './SectionSlide.svelte';
import TableSlide from './TableSlide.svelte';
import TitleSlide from './TitleSlide.svelte';

/**
 * The Svelte component for each template name. The `satisfies` makes a schema without a component
 * (or a component whose props do not match its schema) a type error.
 */
export const templates = {
  title: TitleSlide,
  agenda: AgendaSlide,
  section: SectionSlide,
  highlights: HighlightsSlide,
  table: TableSlide,
  chart: ChartSlide,
} satisfies { [K in TemplateName]: Component<SlideProps<SlideDataOf<K>, SlideOptionsOf<K>>> };
