import { Writable } from 'node:stream';
import { createServer, type ServerOptions } from '../../src/serve/app.ts';
import type { Keyring } from '../../src/serve/keyring.ts';
import { tempProject } from './temp-project.ts';

/** The release moment of the embargoed deck in builtSite(). */
export const publishAt = Date.parse('2009-02-12T06:00:00.000Z');
export const secretTitle = 'Secret Quarterly Results';

const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body>${title}</body></html>`;

/**
 * A small built OUT, as `quarterdeck build` writes it: `quarterly` is embargoed until publishAt,
 * `bridge` is public; each has a review edition, images, exports and slide PNGs.
 */
export function builtSite(): Promise<string> {
  const deckFiles = (id: string, title: string) => ({
    [`${id}/index.html`]: page(title),
    [`${id}/assets/chart-Ab12Cd34.png`]: `png of ${title}`,
    [`${id}/${id}.pdf`]: `%PDF of ${title}`,
    [`${id}/${id}.html`]: page(`${title} single file`),
    [`${id}/og.png`]: `og of ${title}`,
    [`${id}/slides/01.png`]: `slide 1 of ${title}`,
    [`${id}/review/index.html`]: page(`${title} (review)`),
    [`${id}/review/assets/chart-Ab12Cd34.png`]: `review png of ${title}`,
    [`${id}/review/${id}-review.pdf`]: `%PDF review of ${title}`,
  });
  return tempProject({
    'index.html': page(`Every deck: ${secretTitle} (review: quarterly/review/), Bridge`),
    '.quarterdeck-build': 'build stamp',
    '.quarterdeck/site.json': JSON.stringify({
      format: 1,
      decks: [
        { id: 'quarterly', title: secretTitle, publishAt: new Date(publishAt).toISOString() },
        { id: 'bridge', title: 'Bridge', publishAt: null },
      ],
      lists: [
        { from: null, file: '.quarterdeck/lists/0.html' },
        { from: new Date(publishAt).toISOString(), file: '.quarterdeck/lists/1.html' },
      ],
    }),
    '.quarterdeck/lists/0.html': page('Decks: Bridge'),
    '.quarterdeck/lists/1.html': page(`Decks: ${secretTitle}, Bridge`),
    'assets/main-B2Wv92uB.js': `console.log(${JSON.stringify('x'.repeat(4000))});`,
    'assets/fonts.css': 'body { font-family: Inter; }',
    ...deckFiles('quarterly', secretTitle),
    ...deckFiles('bridge', 'Bridge'),
  });
}

export const testKeyring = (ids = ['k1']): Keyring => {
  const keys = ids.map((id) => ({ id, secret: Buffer.from(`secret of ${id} `.padEnd(40, '.')) }));
  return { signing: keys[0]!, byId: new Map(keys.map((key) => [key.id, key])) };
};

/** A `serve` app over `out` with a clock the test moves, and every access-log line it wrote. */
export async function servedSite(out: string, options: Partial<ServerOptions> = {}) {
  const clock = { now: publishAt - 3_600_000 };
  const lines: Record<string, unknown>[] = [];
  const log = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = await createServer({ out, access: true, keyring: testKeyring(), now: () => clock.now, log, ...options });
  return { app, clock, lines };
}
