import type { RevealApi } from 'reveal.js';
import type { ViteHotContext } from 'vite/types/hot.js';
import { updateEvent } from '../compile/dev-events.ts';

/**
 * Keeps the open deck in step with the files while `quarterdeck dev` runs: fetch the page again,
 * swap the slides in place and return to the same slide and fragment, so the presenter never
 * loses their place. Errors are shown by Vite's own overlay, which this clears on recovery.
 */
export function followEdits(deck: RevealApi, hot: ViteHotContext): void {
  hot.on(updateEvent, async () => {
    const response = await fetch(location.pathname, { cache: 'no-store' });
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const slides = page.querySelector('.reveal .slides');
    document.querySelectorAll('vite-error-overlay').forEach((overlay) => overlay.remove());
    if (!slides) return location.reload();
    const { h, v, f } = deck.getIndices();
    document.querySelector('.reveal .slides')!.innerHTML = slides.innerHTML;
    syncStyles(page);
    syncTheme(page);
    deck.sync();
    deck.slide(h, v, f);
    document.dispatchEvent(new CustomEvent('quarterdeck:updated'));
  });
}

// Template styles live in <style> elements of the rendered head; a new template on the page brings new ones.
function syncStyles(page: Document): void {
  const known = new Set([...document.head.querySelectorAll('style[id]')].map((style) => style.id));
  for (const style of page.head.querySelectorAll('style[id]')) {
    if (!known.has(style.id)) document.head.append(style.cloneNode(true));
  }
}

// A deck page links its own theme's stylesheet only; an edit of the deck's `theme` brings another.
function syncTheme(page: Document): void {
  const theme = page.documentElement.dataset.theme;
  if (theme) document.documentElement.dataset.theme = theme;
  const sheets = (root: Document) => [...root.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  const wanted = new Set(sheets(page).map((link) => link.getAttribute('href')));
  const have = new Set(sheets(document).map((link) => link.getAttribute('href')));
  for (const link of sheets(page)) if (!have.has(link.getAttribute('href'))) document.head.append(link.cloneNode(true));
  for (const link of sheets(document)) if (!wanted.has(link.getAttribute('href'))) link.remove();
}
