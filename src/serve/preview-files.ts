import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileOf, isHashedAsset, type Decision } from './access.ts';
import type { RequestPath } from './request-path.ts';

/**
 * `preview` serves every built file, the full deck list and review editions included: it is the
 * author's own look at OUT, with the same headers as `serve` but none of its access rules.
 */
export function previewDecision(out: string, { segments, query }: RequestPath): Decision {
  const [first] = segments as [string, ...string[]];
  // `/<deck-id>` → `/<deck-id>/`: a deck's page links its assets relative to its folder.
  if (segments.length === 1 && first !== '' && existsSync(path.join(out, first, 'index.html'))) {
    return { kind: 'redirect', location: `/${encodeURIComponent(first)}/${query ? `?${query}` : ''}`, deck: first, edition: 'audience' };
  }
  return { kind: 'file', file: fileOf(segments), cache: isHashedAsset(segments) ? 'immutable' : 'revalidate' };
}
