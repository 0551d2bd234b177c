// What a browser downloads for one deck: the HTML (with its inline styles and SVG), and the scripts
// and stylesheets it links, raw and gzipped at zlib's default level (what a typical server sends).
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
  const styles = linked(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g);
  const fileSizes = (urls) => urls.map((url) => sizes(readFileSync(path.resolve(path.dirname(htmlFile), url)))).reduce(add, empty());
  return { html: sizes(html), js: fileSizes(scripts), css: fileSizes(styles) };
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
