import type { RevealApi } from 'reveal.js';

/**
 * Follow the presenter, when `quarterdeck serve` serves the deck (its `_live/` routes, see
 * src/serve/live/plugin.ts). The page asks its role once: a page opened with a presenter link
 * publishes its slide and fragment on every move; a page opened with `?follow` moves with them and
 * shows a small badge to stop following, and R (a key reveal.js leaves free) to follow again. The
 * server marks its pages with the `qd-live` cookie; from `preview`, a file or a plain host, without
 * it, the page asks nothing and shows nothing.
 */
const R = 82;

interface LiveState {
  indexh: number;
  indexv: number;
  indexf?: number;
}

export async function followLive(deck: RevealApi): Promise<void> {
  // The speaker view's previews load this page again, with `receiver` in the URL and in an iframe.
  if (!document.cookie.split('; ').includes('qd-live=1') || new URLSearchParams(location.search).has('receiver')) return;
  const role = await fetchRole();
  if (!role) return;
  if (role === 'presenter' && window.self === window.top) publishMoves(deck);
  else if (new URLSearchParams(location.search).has('follow')) follow(deck);
}

async function fetchRole(): Promise<string | undefined> {
  try {
    const response = await fetch('./_live/role', { cache: 'no-store' });
    if (!response.ok || !response.headers.get('content-type')?.includes('json')) return undefined;
    return ((await response.json()) as { role?: string }).role;
  } catch {
    return undefined;
  }
}

/** One POST at a time, the latest position winning, so a fast presenter's moves never land out of order. */
function publishMoves(deck: RevealApi): void {
  let pending: LiveState | undefined;
  let sending = false;
  const send = async () => {
    sending = true;
    while (pending) {
      const body = JSON.stringify(pending);
      pending = undefined;
      await fetch('./_live/state', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).catch(() => {});
    }
    sending = false;
  };
  const moved = () => {
    const { h, v, f } = deck.getIndices();
    pending = { indexh: h, indexv: v ?? 0, indexf: f ?? -1 };
    if (!sending) void send();
  };
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, moved);
  moved();
}

function follow(deck: RevealApi): void {
  const badge = document.createElement('div');
  badge.className = 'qd-follow';
  badge.setAttribute('role', 'status');
  const text = badge.appendChild(document.createElement('span'));
  const button = badge.appendChild(document.createElement('button'));
  button.type = 'button';
  document.body.append(badge);
  // The badge sits in a strip above the slide, never over it: reveal.js leaves this much room around.
  deck.configure({ margin: 0.1 });

  let source: EventSource | undefined;
  const show = (following: boolean, message: string) => {
    badge.dataset.following = String(following);
    text.textContent = message;
    button.textContent = following ? 'Stop' : 'Follow';
    button.title = following ? 'Stop following the presenter' : 'Follow the presenter again (R)';
  };
  const start = () => {
    if (source) return;
    // The server sends the presenter's current slide at once, so following again jumps there.
    source = new EventSource('./_live/events');
    source.onmessage = (event: MessageEvent<string>) => {
      const state = JSON.parse(event.data) as LiveState;
      deck.slide(state.indexh, state.indexv, state.indexf ?? -1);
    };
    source.onopen = () => show(true, 'Following the presenter');
    source.onerror = () => show(true, 'Reconnecting to the presenter…');
    show(true, 'Following the presenter');
  };
  const stop = () => {
    source?.close();
    source = undefined;
    show(false, 'Not following · press R to follow the presenter');
  };
  button.addEventListener('click', () => (source ? stop() : start()));
  deck.addKeyBinding({ keyCode: R, key: 'R', description: 'Follow the presenter again' }, start);
  start();
}
