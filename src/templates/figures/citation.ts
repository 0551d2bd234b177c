import type { Citations } from '../../model/edition.ts';
import type { Source } from '../../model/ir/index.ts';
import { formatDate } from './dates.ts';

/**
 * A figure's source as an investor reads it: "Source: IIJ 3Q FY2008 results, 12 February 2009, p. 5".
 * The page is the slide's position in its seed's inventory, found by its title or by another heading
 * the inventory lists for it (a table's own heading); a name the inventory does not list gives the
 * deck without a page. A seed without an inventory gives nothing, never a file name.
 */
export function citeSource(source: Source, citations: Citations): string | undefined {
  const cited = citations.get(source.seed);
  if (!cited) return undefined;
  const page = cited.headings?.get(source.slide) ?? cited.pages.indexOf(source.slide);
  return `Source: ${cited.citation}, ${formatDate(cited.published)}${page < 0 ? '' : `, p. ${page + 1}`}`;
}
