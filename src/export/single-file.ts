import { readFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import { downloadMarkers } from '../compile/export-files.ts';
import { coveredText, faceIsUsed, fontFaces } from './font-faces.ts';

const mimeTypes: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

export interface SingleFile {
  html: string;
  /** How many font files the deck's text needed, of how many its stylesheets name. */
  fonts: { kept: number; of: number };
}

/**
 * One deck page with everything it loads inlined, so that it opens from file:// with no network:
 * the module script, the stylesheets, the fonts (only the Unicode slices the deck's text touches,
 * each subset to those characters with HarfBuzz) and the images, as data: URLs. The page's markup
 * is our own (src/compile/page.ts writes each tag in one form), so plain patterns find every link.
 */
export async function singleFile(pageFile: string): Promise<SingleFile> {
  const folder = path.dirname(pageFile);
  let html = await readFile(pageFile, 'utf8');
  html = withoutDownloads(html);
  // Every character the deck can show: its text and CSS generated content, and ASCII for what the
  // client writes (slide numbers). A superset is harmless; a missing glyph would fall back.
  const stylesheets = await Promise.all(
    [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map(async ([tag, href]) => ({ tag, file: path.resolve(folder, href!) })),
  );
  const cssTexts = await Promise.all(stylesheets.map(({ file }) => readFile(file, 'utf8')));
  const codePoints = new Set<number>();
  for (const text of [html, ...cssTexts, asciiPrintable]) for (const char of text) codePoints.add(char.codePointAt(0)!);

  const fonts = { kept: 0, of: 0 };
  for (const [index, { tag, file }] of stylesheets.entries()) {
    const css = await inlineStylesheet(cssTexts[index]!, path.dirname(file), codePoints, fonts);
    html = html.replace(tag, () => `<style>${css}</style>`);
  }
  for (const [tag, src] of [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)]) {
    const script = path.resolve(folder, src!);
    const code = (await withChunksInlined(await readFile(script, 'utf8'), path.dirname(script))).replace(/<\/(script)/gi, '<\\/$1');
    html = html.replace(tag, () => `<script type="module">${code}</script>`);
  }
  for (const [attribute, src] of new Set([...html.matchAll(/ src="(\.\.?\/[^"]+)"/g)].map((match) => [match[0], match[1]!] as const))) {
    html = html.split(attribute).join(` src="${await dataUrl(path.resolve(folder, src))}"`);
  }
  return { html, fonts };
}

/**
 * The chunks a script imports on demand (the speaker view, on `S`) are files beside it, named in its
 * code as `./<name>-<hash>.js`; they go in as data: URLs, which a module may import.
 */
async function withChunksInlined(code: string, folder: string): Promise<string> {
  for (const name of new Set([...code.matchAll(/["'`]\.\/([\w-]+\.js)["'`]/g)].map((match) => match[1]!))) {
    const chunk = await readFile(path.join(folder, name)).catch(() => undefined);
    if (chunk) code = code.split(`./${name}`).join(`data:text/javascript;base64,${chunk.toString('base64')}`);
  }
  return code;
}

const asciiPrintable = String.fromCharCode(...Array.from({ length: 95 }, (_, index) => index + 32));

function withoutDownloads(html: string): string {
  const start = html.indexOf(downloadMarkers.start);
  const end = html.indexOf(downloadMarkers.end);
  return start < 0 || end < 0 ? html : html.slice(0, start) + html.slice(end + downloadMarkers.end.length);
}

async function inlineStylesheet(css: string, folder: string, codePoints: ReadonlySet<number>, fonts: SingleFile['fonts']): Promise<string> {
  for (const face of fontFaces(css)) {
    fonts.of += 1;
    if (!faceIsUsed(face, codePoints)) {
      css = css.replace(face.rule, '');
      continue;
    }
    fonts.kept += 1;
    const font = await readFile(path.resolve(folder, face.url));
    const subset = await subsetFont(font, coveredText(face, codePoints), { targetFormat: 'woff2' });
    css = css.replace(face.rule, face.rule.replace(face.url, `data:font/woff2;base64,${subset.toString('base64')}`));
  }
  // Anything else the stylesheet links (images), inlined as it is.
  const links = new Set([...css.matchAll(/url\(\s*['"]?(?!data:)([^'")]+)['"]?\s*\)/g)].map((match) => match[1]!));
  for (const link of links) css = css.split(link).join(await dataUrl(path.resolve(folder, link)));
  return css;
}

async function dataUrl(file: string): Promise<string> {
  const type = mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return `data:${type};base64,${(await readFile(file)).toString('base64')}`;
}
