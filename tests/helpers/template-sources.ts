import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { color } from 'd3';
import { parse } from 'svelte/compiler';

/** The templates folder: slide templates, their parts and figure helpers. */
export const TEMPLATES = join(import.meta.dirname, '../../src/templates');

/** Every .svelte and .ts file of the templates and their parts. */
export const templateFiles = (): string[] =>
  readdirSync(TEMPLATES, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(svelte|ts)$/.test(f))
    .map((f) => join(TEMPLATES, f));

interface Declaration {
  type: string;
  property?: string;
  value?: string;
  [key: string]: unknown;
}

function declarations(node: unknown, found: Declaration[] = []): Declaration[] {
  if (Array.isArray(node)) node.forEach((n) => declarations(n, found));
  else if (node && typeof node === 'object') {
    const d = node as Declaration;
    if (d.type === 'Declaration') found.push(d);
    else Object.values(d).forEach((v) => declarations(v, found));
  }
  return found;
}

const HEX_OR_FUNCTION = /(?<![\w{&])#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;

/** The colours a CSS value writes itself: a literal, or a fallback in var(--x, …). */
function literalsInValue(value: string): string[] {
  const fallbacks = [...value.matchAll(/var\(\s*--[\w-]+\s*,[^)]*\)?/g)].map((m) => m[0]);
  const words = value.replace(/var\([^)]*\)/g, ' ').match(/#?[\w-]+\(?/g) ?? [];
  return [...fallbacks, ...words.filter((w) => !w.endsWith('(') && color(w) !== null), ...(value.match(HEX_OR_FUNCTION) ?? [])];
}

/**
 * The literal colours in a template's source: in its styles (font declarations aside: font names
 * are not colours), and in its script and markup as #hex, rgb(…) and the like, or a quoted colour
 * name.
 */
export function literalColours(source: string, svelte: boolean): string[] {
  let rest = source;
  const found: string[] = [];
  if (svelte) {
    const css = parse(source, { modern: true }).css;
    if (css) {
      for (const d of declarations(css.children)) {
        if (!/^font/.test(d.property ?? '')) found.push(...literalsInValue(d.value ?? ''));
      }
      rest = source.slice(0, css.start) + source.slice(css.end);
    }
  }
  found.push(...(rest.match(HEX_OR_FUNCTION) ?? []));
  found.push(...[...rest.matchAll(/['"]([a-z]+)['"]/gi)].map((m) => m[1]!).filter((w) => color(w) !== null));
  return found;
}
