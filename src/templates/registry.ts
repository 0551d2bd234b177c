import type { Component } from 'svelte';
import type { SlideProps } from '../model/slide.ts';
import type { SlideDataOf, SlideOptionsOf, TemplateName } from '../model/slides/index.ts';
import AgendaSlide from './AgendaSlide.svelte';
import ChartSlide from './ChartSlide.svelte';
import CompanyProfileSlide from './CompanyProfileSlide.svelte';
import ContactSlide from './ContactSlide.svelte';
import CorrectionsSlide from './CorrectionsSlide.svelte';
import FinancialChartSlide from './FinancialChartSlide.svelte';
import FinancialTableSlide from './FinancialTableSlide.svelte';
import ForecastSlide from './ForecastSlide.svelte';
import GroupCompaniesSlide from './GroupCompaniesSlide.svelte';
import HighlightsSlide from './HighlightsSlide.svelte';
import ImageSlide from './ImageSlide.svelte';
import KpiSummarySlide from './KpiSummarySlide.svelte';
import NotInSourceSlide from './NotInSourceSlide.svelte';
import PressReleasesSlide from './PressReleasesSlide.svelte';
import SectionSlide from './SectionSlide.svelte';
import TableSlide from './TableSlide.svelte';
import TextSlide from './TextSlide.svelte';
import TitleSlide from './TitleSlide.svelte';
import WaterfallSlide from './WaterfallSlide.svelte';

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
  'financial-table': FinancialTableSlide,
  'financial-chart': FinancialChartSlide,
  'kpi-summary': KpiSummarySlide,
  forecast: ForecastSlide,
  'group-companies': GroupCompaniesSlide,
  'press-releases': PressReleasesSlide,
  'company-profile': CompanyProfileSlide,
  text: TextSlide,
  contact: ContactSlide,
  waterfall: WaterfallSlide,
  corrections: CorrectionsSlide,
  'not-in-source': NotInSourceSlide,
  image: ImageSlide,
} satisfies { [K in TemplateName]: Component<SlideProps<SlideDataOf<K>, SlideOptionsOf<K>>> };
