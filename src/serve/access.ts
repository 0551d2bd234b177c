/**
 * What one request may see, decided from the manifest, the clock and the grant it carries, with
 * no I/O: the server only then looks for the file. Everything refused is answered with the same
 * 404 as a file that does not exist, so a refusal confirms nothing.
 */
import { verifyGrant, type Edition, type Grant, type Refusal } from './grants.ts';
import type { Keyring } from './keyring.ts';
import { isPublished, publicListAt, type Site } from './site.ts';

export type Cache = 'immutable' | 'revalidate' | 'private';

/** Why a request got a 404, for the access log. Grant refusals also count against the rate limit. */
export type Miss = 'not-found' | 'bad-path' | 'embargoed' | 'no-grant' | GrantRefusal;
export type GrantRefusal = Refusal | 'other-deck' | 'other-edition' | 'outside-deck' | 'no-keys';

export type Decision =
  | { kind: 'file'; file: string; cache: Cache; deck?: string; edition?: Edition; grant?: Grant }
  | { kind: 'redirect'; location: string; deck: string; edition: Edition; grant?: Grant }
  /** A valid `access=` token: keep it in a cookie and take it out of the address bar. */
  | { kind: 'grant'; location: string; cookie: GrantCookie; grant: Grant }
  | { kind: 'missing'; reason: Miss; deck?: string; edition?: Edition };

export interface GrantCookie {
  name: string;
  value: string;
  path: string;
  maxAge: number;
}

export interface AccessRequest {
  segments: string[];
  query: string;
  cookies: Record<string, string | undefined>;
}

export interface AccessContext {
  site: Site;
  keyring: Keyring | undefined;
  /** Milliseconds since the epoch. */
  now: number;
}

export const cookieName = (edition: Edition) => `qd_${edition}`;
/** Refusals that are attempts (a bad link, a probing path), which the rate limit counts; a plain 404 is not. */
export const countedRefusals: ReadonlySet<Miss> = new Set<Miss>(['malformed', 'unknown-key', 'bad-signature', 'expired', 'other-deck', 'other-edition', 'outside-deck', 'no-keys', 'bad-path']);

/** Vite's content-hashed names (`main-B2Wv92uB.js`) in an assets folder never change content. */
export const isHashedAsset = (segments: string[]) =>
  segments.length >= 2 && segments.at(-2) === 'assets' && /-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/.test(segments.at(-1)!);

/** The file a path names: a folder (`…/`) names its index.html. */
export const fileOf = (segments: string[]) => [...segments.slice(0, -1), segments.at(-1) || 'index.html'].join('/');

export function decide(request: AccessRequest, context: AccessContext): Decision {
  const { segments } = request;
  const tokens = new URLSearchParams(request.query).getAll('access');
  const [first] = segments as [string, ...string[]];
  if (first === 'assets' || (segments.length === 1 && (first === '' || first === 'index.html'))) {
    // A token belongs to one deck's folder; shown anywhere else it is a probe, not a visit.
    if (tokens.length) return { kind: 'missing', reason: 'outside-deck' };
    if (first === 'assets') return { kind: 'file', file: fileOf(segments), cache: isHashedAsset(segments) ? 'immutable' : 'revalidate' };
    return { kind: 'file', file: publicListAt(context.site, context.now), cache: 'revalidate' };
  }
  const deck = context.site.decks.get(first);
  if (!deck) return { kind: 'missing', reason: 'not-found' };
  const edition: Edition = segments[1] === 'review' ? 'review' : 'audience';
  const found = grantOf(request, context, deck.id, edition, tokens);
  if (found && 'refused' in found && (tokens.length || edition === 'review' || !isPublished(deck, context.now))) {
    return { kind: 'missing', reason: found.refused, deck: deck.id, edition };
  }
  const grant = found && 'grant' in found ? found.grant : undefined;
  const open = grant !== undefined || (edition === 'audience' && isPublished(deck, context.now));
  if (!open) return { kind: 'missing', reason: edition === 'review' ? 'no-grant' : 'embargoed', deck: deck.id, edition };
  const rootLength = edition === 'review' ? 2 : 1;
  const folder = `/${segments.slice(0, rootLength).join('/')}/`;
  if (grant && tokens.length) {
    const maxAge = grant.expires - Math.floor(context.now / 1000);
    // `/<id>?access=…` lands on the folder itself: the cookie is scoped to it and not sent for `/<id>`.
    const page = segments.length === rootLength ? folder : `/${segments.map(encodeURIComponent).join('/')}`;
    const location = `${page}${withoutAccess(request.query)}`;
    return { kind: 'grant', location, grant, cookie: { name: cookieName(edition), value: tokens[0]!, path: folder, maxAge } };
  }
  if (segments.length === rootLength) return { kind: 'redirect', location: `${folder}${request.query ? `?${request.query}` : ''}`, deck: deck.id, edition, ...(grant && { grant }) };
  const cache: Cache = grant && (edition === 'review' || !isPublished(deck, context.now)) ? 'private' : isHashedAsset(segments) ? 'immutable' : 'revalidate';
  return { kind: 'file', file: fileOf(segments), cache, deck: deck.id, edition, ...(grant && { grant }) };
}

/**
 * The grant a request carries for this deck and edition: the `access=` token when there is one,
 * else the edition's cookie. `undefined` when it carries neither.
 */
export function grantOf(request: AccessRequest, context: AccessContext, deck: string, edition: Edition, tokens = new URLSearchParams(request.query).getAll('access')):
  { grant: Grant } | { refused: GrantRefusal } | undefined {
  const token = tokens.length ? tokens : request.cookies[cookieName(edition)] ? [request.cookies[cookieName(edition)]!] : [];
  if (!token.length) return undefined;
  if (token.length > 1) return { refused: 'malformed' };
  if (!context.keyring) return { refused: 'no-keys' };
  const verified = verifyGrant(context.keyring, token[0]!, Math.floor(context.now / 1000));
  if (!verified.ok) return { refused: verified.reason };
  if (verified.grant.deck !== deck) return { refused: 'other-deck' };
  if (verified.grant.edition !== edition) return { refused: 'other-edition' };
  return { grant: verified.grant };
}

function withoutAccess(query: string): string {
  const params = new URLSearchParams(query);
  params.delete('access');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

export type LiveRole = { role: 'public' | 'viewer' | 'presenter' };

/**
 * Who a request is to a deck's live (follow-the-presenter) routes: the role of the grant it
 * carries for that deck and edition, `public` for a released audience edition, else nobody.
 */
export function liveRole(request: AccessRequest, context: AccessContext, deck: string, edition: Edition): LiveRole | undefined {
  const entry = context.site.decks.get(deck);
  if (!entry) return undefined;
  const found = grantOf(request, context, deck, edition);
  if (found && 'grant' in found) return { role: found.grant.role };
  const refusedToken = found !== undefined && new URLSearchParams(request.query).has('access');
  return edition === 'audience' && isPublished(entry, context.now) && !refusedToken ? { role: 'public' } : undefined;
}
