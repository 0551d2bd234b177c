// What a browser downloads for one deck: the HTML (with its inline styles and SVG), the scripts and
// stylesheets it links, raw and gzipped at zlib's default level (what a typical server sends), and
// apart from those the fonts: the font stylesheet and the font files whose unicode-range the deck's
// text falls in (the browser fetches no others).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../tooling/settings.js';

const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer).length });

const add = (total, part) => ({ raw: total.raw + part.raw, gzip: total.gzip + part.gzip });
const empty = () => ({ raw: 0, gzip: 0 });

/** Bytes of a built deck page and of the local scripts and stylesheets it links. */
export function deckWeight(htmlFile) {
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const linked = (pattern) => [...text.matchAll(pattern)].map((match) => match[1]).filter((url) => !/^(data:|[a-z]+:\/\/)/i.test(url));
  const scripts = [...linked(/<script\b[^>]*\bsrc="([^"]+)"/g), ...linked(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)];
  const stylesheets = linked(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g).map((url) => path.resolve(path.dirname(htmlFile), url));
  const isFontSheet = (file) => readFileSync(file, 'utf8').includes('@font-face');
  const fileSizes = (files) => files.map((file) => sizes(readFileSync(file))).reduce(add, empty());
  const fontSheets = stylesheets.filter(isFontSheet);
  const fontFiles = fontSheets.flatMap((sheet) => fontFilesFor(sheet, text));
  return {
    html: sizes(html),
    js: fileSizes(scripts.map((url) => path.resolve(path.dirname(htmlFile), url))),
    css: fileSizes(stylesheets.filter((file) => !fontSheets.includes(file))),
    fonts: [...fontSheets, ...fontFiles].map((file) => sizes(readFileSync(file))).reduce(add, empty()),
    fontFiles: fontFiles.length,
  };
}

/** The font files of a font stylesheet whose unicode-range holds a character of the page's text. */
function fontFilesFor(sheet, pageText) {
  const used = new Set([...pageText.replace(/<[^>]*>/g, ' ')].map((char) => char.codePointAt(0)));
  const faces = readFileSync(sheet, 'utf8').match(/@font-face\s*{[^}]*}/g) ?? [];
  return faces
    .map((face) => ({ url: /url\(([^)]+)\)/.exec(face)?.[1], ranges: /unicode-range:\s*([^;]+)/.exec(face)?.[1] ?? 'U+0-10FFFF' }))
    .filter(({ url, ranges }) => url && ranges.split(',').some((range) => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-').map((hex) => parseInt(hex, 16));
      for (const code of used) if (code >= from && code <= to) return true;
      return false;
    }))
    .map(({ url }) => path.resolve(path.dirname(sheet), url.replace(/^['"]|['"]$/g, '')));
}

/** reveal.js's own distribution files that every deck needs: the floor a deck cannot go below. */
export function revealFloor() {
  const dist = path.join(projectRoot, 'node_modules', 'reveal.js', 'dist');
  const file = (name) => sizes(readFileSync(path.join(dist, name)));
  return {
    js: [file('reveal.mjs'), file('plugin/notes.mjs')].reduce(add, empty()),
    css: [file('reveal.css'), file('reset.css')].reduce(add, empty()),
    files: ['reveal.mjs', 'plugin/notes.mjs', 'reveal.css', 'reset.css'].map((name) => `node_modules/reveal.js/dist/${name}`),
  };
}
