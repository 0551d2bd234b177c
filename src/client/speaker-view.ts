import type { RevealApi } from 'reveal.js';

/**
 * The speaker view (reveal.js's notes plugin) loads only when it is wanted: it weighs about as much
 * as reveal.js itself, and most who open a deck never present it. What the plugin does on start-up
 * is kept, in the same cases: `S` opens it (and reveal.js's help lists the key); `?notes` in the URL
 * opens it at once; a speaker view left open while the deck reloads reconnects on its heartbeat; the
 * speaker view's own slide previews (`?receiver`) have none. The popup opens within the key press's
 * user activation, which outlasts loading the plugin's module.
 */
export function speakerViewOnDemand(deck: RevealApi): void {
  if (/receiver/i.test(location.search)) return;
  let plugin: Promise<{ open(): void }> | undefined;
  const load = () =>
    (plugin ??= import('reveal.js/plugin/notes').then(({ default: Notes }) => {
      const notes = Notes();
      // Registered after start-up, reveal.js starts it at once; it then binds `S` itself.
      deck.registerPlugin(notes);
      return notes;
    }));
  const open = () => void load().then((notes) => notes.open());

  deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker notes view' }, open);
  if (/(\?|&)notes/i.test(location.search)) open();
  else window.addEventListener('message', function reconnect(event) {
    if (!isHeartbeat(event.data)) return;
    window.removeEventListener('message', reconnect);
    // The plugin answers the next heartbeat, a second later.
    void load();
  });
}

/** The message an open speaker view sends its deck every second (see reveal.js's notes plugin). */
function isHeartbeat(data: unknown): boolean {
  if (typeof data !== 'string') return false;
  try {
    const message = JSON.parse(data) as { namespace?: unknown; type?: unknown } | null;
    return message?.namespace === 'reveal-notes' && message.type === 'heartbeat';
  } catch {
    return false;
  }
}
