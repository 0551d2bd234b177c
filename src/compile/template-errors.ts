import path from 'node:path';
import type { ResolvedDeck } from '../model/resolved.ts';
import { UserError, type Problem } from '../problems.ts';

/**
 * A template that does not compile, or throws while it renders, is a mistake to fix in a file, not
 * a crash: these turn what Svelte or a template threw into located problems naming the deck, the
 * slide and the template. The thrown error rides along as the cause, printed with --debug.
 */

/** A custom template that Vite could not load: a syntax error, a missing import. */
export function templateLoadError(root: string, deck: ResolvedDeck, index: number, error: unknown): UserError {
  const slide = deck.slides[index]!;
  const template = slide.template.kind === 'custom' ? slide.template.relative : templateName(deck, index);
  const loc = (error as { loc?: { file?: string; line?: number; column?: number } }).loc;
  const inTemplate = loc?.line !== undefined && (!loc.file || path.resolve(loc.file) === path.resolve(root, template));
  const problem: Problem = {
    ...(inTemplate ? { file: template, line: loc.line!, column: (loc.column ?? 0) + 1, path: [] } : slide.written),
    // Svelte starts its message with the absolute path and position, which the problem already gives.
    message: `The template ${template} ${loc ? 'does not compile' : 'failed while loading'}: ${messageOf(error).replace(/^\S+:\d+:\d+ /, '')} (${slideName(deck, index)}).`,
    hint: 'Fix the template file; quarterdeck --debug prints the full error.',
  };
  return new UserError([problem], { cause: error });
}

/** A template that threw while rendering a slide. */
export function templateRenderError(deck: ResolvedDeck, index: number, error: unknown): UserError {
  const slide = deck.slides[index]!;
  const custom = slide.template.kind === 'custom';
  return new UserError(
    [{
      ...slide.written,
      message: `The template ${templateName(deck, index)} failed while rendering ${slideName(deck, index)}: ${messageOf(error)}`,
      hint: custom
        ? 'Fix the template, or give the slide the data it expects; quarterdeck --debug prints the stack trace.'
        : 'This is a bug in Quarterdeck: please report it with the output of quarterdeck --debug.',
    }],
    { cause: error },
  );
}

function templateName(deck: ResolvedDeck, index: number): string {
  const ref = deck.slides[index]!.template;
  return ref.kind === 'builtin' ? ref.name : ref.relative;
}

/** `slide #/3 "Revenue" of decks/q3.yaml`, in the URL's numbering. */
function slideName(deck: ResolvedDeck, index: number): string {
  const title = deck.slides[index]!.title;
  return `slide #/${index}${title ? ` "${title}"` : ''} of ${deck.file}`;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Svelte appends a documentation link on its own line; the first line says what is wrong.
  return text.split('\n')[0]!.trim();
}
