import { describe, expect, it } from 'vitest';
import { renderSlide } from './render.ts';
import { contacts } from './ir-fixtures.ts';

const labels = (body: string) => [...body.matchAll(/<dt[^>]*>([^<]*)<\/dt>/g)].map((m) => m[1]);

describe('ContactSlide', () => {
  it('shows the organisation and the contact lines it has', async () => {
    const { body } = renderSlide('contact', { data: contacts });
    await expect(body).toMatchFileSnapshot('./__golden__/contact.html');
    expect(labels(body)).toEqual(['TEL', 'URL', 'E-mail']);
    expect(body).toContain('IR Office');
    expect(body).toContain('title="The text spells the URL with a space."');
  });
});
