import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.ts';
import { deckDescription, linkPreviewTags, relativeHref, siteUrl } from '../../src/compile/link-preview.ts';

/** The link-preview tags of a page, as a parser reads them: name or property → content. */
function previewTags(html: string) {
  const head = parse(html).querySelector('head')!;
  const tags: Record<string, string> = {};
  for (const meta of head.querySelectorAll('meta[content]')) tags[(meta.getAttribute('property') ?? meta.getAttribute('name'))!] = meta.getAttribute('content')!;
  return { tags, canonical: head.querySelector('link[rel="canonical"]')?.getAttribute('href'), title: head.querySelector('title')?.text };
}

describe('deckDescription', () => {
  it.each([
    [{ title: 'Results', company: 'Acme', date: '2025-05-14' }, 'Results: Acme, 14 May 2025.'],
    [{ title: 'Results', company: 'Acme', date: '2025-05', period: '4Q FY2024' }, 'Results: Acme, 4Q FY2024, May 2025.'],
    [{ title: 'Results', company: 'Acme', date: '2025-05', description: 'Our best quarter.' }, 'Our best quarter.'],
  ])('describes %o as %s', (deck, expected) => {
    expect(deckDescription(deck)).toBe(expected);
  });
});

describe('relativeHref and siteUrl', () => {
  it.each([
    ['acme/', 'acme/', './'],
    ['acme/', 'acme/og.png', './og.png'],
    ['acme/', 'acme.html', '../acme.html'],
    ['acme/review/', 'acme-review.html', '../../acme-review.html'],
    ['', 'acme/acme.pdf', './acme/acme.pdf'],
    ['', '', './'],
  ])('relativeHref(%s, %s) is %s', (from, to, expected) => {
    expect(relativeHref(from, to)).toBe(expected);
  });

  it('siteUrl is absolute under a base URL, with or without its closing slash', () => {
    expect(siteUrl('https://ir.example.com/decks', 'acme/og.png', 'acme/')).toBe('https://ir.example.com/decks/acme/og.png');
    expect(siteUrl('https://ir.example.com/decks/', '', '')).toBe('https://ir.example.com/decks/');
  });
});

describe('linkPreviewTags', () => {
  it('escapes deck text inside attributes, so the parser reads it back as written', () => {
    const html = `<head>${linkPreviewTags({ title: '<b>"A" & B</b>', description: 'x', url: './' }).join('')}</head>`;
    expect(previewTags(html).tags['og:title']).toBe('<b>"A" & B</b>');
  });
});

describe('link previews in a build', () => {
  let out: string;
  beforeAll(async () => {
    out = path.join(await mkdtemp(path.join(tmpdir(), 'qd-preview-')), 'dist');
    await build({ root: 'tests/fixtures/acme', out, baseUrl: 'https://ir.example.com/decks/' });
  }, 60_000);

  it('gives each deck page its title, description, canonical URL, Open Graph and Twitter card', async () => {
    const { tags, canonical, title } = previewTags(await readFile(path.join(out, 'images/index.html'), 'utf8'));
    expect(title).toBe('Factory tour · Acme Robotics');
    expect(canonical).toBe('https://ir.example.com/decks/images/');
    expect(tags).toMatchObject({
      description: 'Factory tour: Acme Robotics, Plant visit, spring 2025, April 2025.',
      'og:type': 'website',
      'og:title': 'Factory tour · Acme Robotics',
      'og:description': 'Factory tour: Acme Robotics, Plant visit, spring 2025, April 2025.',
      'og:url': 'https://ir.example.com/decks/images/',
      'og:site_name': 'Acme Robotics',
      'twitter:card': 'summary',
      'twitter:title': 'Factory tour · Acme Robotics',
    });
    // No export ran, so there is no preview image to name.
    expect(tags['og:image']).toBeUndefined();
  });

  it('gives the review edition its own canonical URL', async () => {
    expect(previewTags(await readFile(path.join(out, 'images/review/index.html'), 'utf8')).canonical).toBe('https://ir.example.com/decks/images/review/');
  });

  it('gives the deck list a preview of its own', async () => {
    const { tags, canonical } = previewTags(await readFile(path.join(out, 'index.html'), 'utf8'));
    expect(canonical).toBe('https://ir.example.com/decks/');
    // The fixture's escaping deck spells its company with markup: two companies, so none is named.
    expect(tags['og:title']).toBe('Presentations');
    expect(tags['og:description']).toBe('4 investor presentations, newest first.');
  });

  it('writes deck text into the tags as text: a title holding markup stays one attribute', async () => {
    const { tags } = previewTags(await readFile(path.join(out, 'escaping/index.html'), 'utf8'));
    expect(tags['og:title']).toBe('<script>window.__titleRan = true</script>Escaping · Acme <b>Robotics</b>');
  });
});
