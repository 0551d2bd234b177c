import { describe, expect, test } from 'vitest';
import { parseRequestPath, redactUrl } from '../../src/serve/request-path.ts';

describe('parseRequestPath', () => {
  test.each([
    ['/', [''], ''],
    ['/q/', ['q', ''], ''],
    ['/q/review/index.html?x=1', ['q', 'review', 'index.html'], 'x=1'],
    ['/q/%E6%97%A5.png', ['q', '日.png'], ''],
  ])('%s is read as its segments', (url, segments, query) => {
    expect(parseRequestPath(url)).toEqual({ segments, query });
  });

  test.each([
    '/q/../index.html', '/q/./index.html', '/q/%2e%2e/x', '/%2E%2e/x', '/q/%2fetc', '/q/%2F', '/q/%5cx', '/q\\x', '//q/', '/q//x',
    '/q/%00', '/q/x%00.png', '/q/%zz', '/q/%E6', '/.quarterdeck/site.json', '/.quarterdeck-build', '/q/.hidden', `/${'a'.repeat(1025)}`, 'q/', '',
  ])('%s is refused', (url) => {
    expect(parseRequestPath(url)).toBeUndefined();
  });
});

test('redactUrl hides every access token and keeps the rest of the query', () => {
  expect(redactUrl('/q/?follow&access=abc.def&x=1&ACCESS=zz')).toBe('/q/?follow&access=REDACTED&x=1&ACCESS=REDACTED');
});
