import { describe, expect, it } from 'vitest';
import { deckListPage, deckPage, type PageAssets } from '../../src/compile/page.ts';

const assets: PageAssets = {
  scripts: ['./assets/main.js'],
  styles: ['./assets/main.css'],
  fonts: ['./assets/fonts.css'],
  themes: { quarterdeck: './assets/quarterdeck.css', midnight: './assets/midnight.css', iij: './assets/iij.css' },
};
const rendered = { head: '', body: '<section>slide</section>' };
const stylesheets = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((match) => match[1]);

describe('deckPage', () => {
  it.each(['quarterdeck', 'midnight', 'iij'] as const)('links the fonts, the shared styles and the %s theme only', (theme) => {
    const html = deckPage({ lang: 'en', theme }, 'audience', rendered, assets);
    expect(stylesheets(html)).toEqual(['./assets/fonts.css', './assets/main.css', assets.themes[theme]]);
    expect(html).toContain(`data-theme="${theme}"`);
  });
});

describe('deckListPage', () => {
  it('links the one theme its decks share, and takes it', () => {
    const html = deckListPage(rendered, assets, 'iij', ['iij']);
    expect(stylesheets(html)).toEqual(['./assets/fonts.css', './assets/main.css', './assets/iij.css']);
    expect(html).toContain('<html lang="en" data-theme="iij">');
  });

  it('links every theme its covers show when the decks differ, and takes none', () => {
    const html = deckListPage(rendered, assets, undefined, ['quarterdeck', 'midnight']);
    expect(stylesheets(html)).toEqual(['./assets/fonts.css', './assets/main.css', './assets/quarterdeck.css', './assets/midnight.css']);
    expect(html).toContain('<html lang="en">');
  });
});
