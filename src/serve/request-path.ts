/**
 * The one gate every URL passes before anything is looked up on disk. It refuses, rather than
 * normalises, every spelling that could reach a file by another name: a server that answers
 * `/a/../b` or `/a%2fb` has two names for one file, and an access rule written for one of them
 * can be walked around through the other.
 */

export interface RequestPath {
  /** Decoded segments; a path ending in `/` ends in an empty segment (`/q/` → ['q', '']). */
  segments: string[];
  /** The query string as sent, without `?` ('' when there is none). */
  query: string;
}

export const maxPathLength = 1024;

const refusedEncodings = /%(?:2f|5c|00)/i;

/** `undefined` for anything but a plain absolute path of plain segments. */
export function parseRequestPath(url: string): RequestPath | undefined {
  const mark = url.indexOf('?');
  const raw = mark === -1 ? url : url.slice(0, mark);
  const query = mark === -1 ? '' : url.slice(mark + 1);
  if (!raw.startsWith('/') || raw.length > maxPathLength) return undefined;
  if (raw.includes('\\') || raw.includes('//') || refusedEncodings.test(raw)) return undefined;
  const segments: string[] = [];
  for (const encoded of raw.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return undefined;
    }
    // `.`, `..` and dot-files (`.quarterdeck/`, `.quarterdeck-build`) are never served; a control
    // character has no place in a built file's name.
    if (segment.startsWith('.') || /[\u0000-\u001f\u007f]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return { segments, query };
}

/** The URL as logged: an `access=` token is a credential and never reaches a log file. */
export function redactUrl(url: string): string {
  return url.replace(/([?&]access=)[^&#]*/gi, '$1REDACTED');
}
