import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';

/** One page of the printed deck: a slide (with the title the outline shows) or its notes page. */
export type PrintedPage = { kind: 'slide'; title: string; section: boolean } | { kind: 'notes' };

export interface PdfMetadata {
  title: string;
  author: string;
  subject?: string | undefined;
  /** YYYY-MM or YYYY-MM-DD: the deck's date, so the same deck always gives the same bytes. */
  date: string;
  keywords?: string[];
}

/** One entry of the outline, with the entries under it (the slides of a section). */
interface OutlineEntry {
  title: string;
  page: number;
  children: OutlineEntry[];
}

/**
 * The outline the PDF carries: every slide by its title, and the slides after a section slide
 * under it. Notes pages have no entry; a slide's entry opens its slide page.
 */
export function outlineOf(pages: PrintedPage[]): OutlineEntry[] {
  const top: OutlineEntry[] = [];
  let section: OutlineEntry | undefined;
  pages.forEach((page, index) => {
    if (page.kind !== 'slide') return;
    const entry = { title: page.title, page: index, children: [] };
    if (page.section) {
      section = entry;
      top.push(entry);
    } else (section ? section.children : top).push(entry);
  });
  return top;
}

/**
 * Adds the outline and the metadata to the PDF Chromium printed, and writes it without anything
 * that changes from run to run: the dates are the deck's, the producer is named, no file ID is set.
 */
export async function finishPdf(printed: Uint8Array, pages: PrintedPage[], metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(printed, { updateMetadata: false });
  if (document.getPageCount() !== pages.length) {
    throw new Error(`Chromium printed ${document.getPageCount()} pages for ${pages.length} slides and notes pages; a slide overflowed its page.`);
  }
  const date = deckDate(metadata.date);
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  if (metadata.subject) document.setSubject(metadata.subject);
  if (metadata.keywords) document.setKeywords(metadata.keywords);
  document.setCreator('Quarterdeck');
  document.setProducer('Quarterdeck (Chromium print view, pdf-lib)');
  document.setCreationDate(date);
  document.setModificationDate(date);
  addOutline(document, outlineOf(pages));
  return document.save({ useObjectStreams: false });
}

function deckDate(iso: string): Date {
  const day = /^\d{4}-\d{2}$/.test(iso) ? `${iso}-01` : iso;
  return new Date(`${day}T00:00:00Z`);
}

/**
 * pdf-lib has no outline API; the outline is a tree of dictionaries (PDF 1.7, 12.3.3): each entry
 * names its parent, its neighbours, its first and last child and how many entries are open under it.
 */
function addOutline(document: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const context = document.context;
  const pageRefs = document.getPages().map((page) => page.ref);
  const root = context.nextRef();
  const write = (items: OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = items.length;
    items.forEach((item, index) => {
      const dict = context.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), context.obj([pageRefs[item.page]!, PDFName.of('Fit')]));
      if (index > 0) dict.set(PDFName.of('Prev'), refs[index - 1]!);
      if (index < items.length - 1) dict.set(PDFName.of('Next'), refs[index + 1]!);
      if (item.children.length) {
        const children = write(item.children, refs[index]!);
        dict.set(PDFName.of('First'), children.first);
        dict.set(PDFName.of('Last'), children.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(children.count));
        count += children.count;
      }
      context.assign(refs[index]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };
  const top = write(entries, root);
  const outlines = context.obj({});
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), top.first);
  outlines.set(PDFName.of('Last'), top.last);
  outlines.set(PDFName.of('Count'), PDFNumber.of(top.count));
  context.assign(root, outlines);
  document.catalog.set(PDFName.of('Outlines'), root);
  document.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
