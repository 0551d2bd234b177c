import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';

/**
 * CSP sources for the inline script of reveal.js's speaker view. Its notes plugin opens an
 * about:blank window and document.write()s a page with an inline script into it; that window
 * inherits the deck's CSP, so `script-src 'self'` alone would leave the speaker view blank. Rather
 * than allow every inline script, the CSP allows this one by its hash, read from the reveal.js
 * installed, so upgrading reveal.js cannot silently break the speaker view.
 */
export function speakerViewScriptHashes(): string[] {
  const file = createRequire(import.meta.url).resolve('reveal.js/plugin/notes');
  const source = readFileSync(file, 'utf8');
  // A quoted string in the ES module build, a template literal without substitutions in the UMD one.
  const literal = /document\.write\(("(?:[^"\\]|\\.)*"|`(?:[^`\\$]|\\.)*`)\)/.exec(source)?.[1];
  if (!literal) return [];
  // The match is one string literal and nothing else; a fresh context evaluates its escapes.
  const html = runInNewContext(literal, {}) as string;
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, script]) => `'sha256-${createHash('sha256').update(script!).digest('base64')}'`);
}
