import { copyFile, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/project.ts';
import { formatProblem } from '../../src/problems.ts';
import { tempProject } from '../helpers/temp-project.ts';

const images = path.resolve(import.meta.dirname, '../fixtures/images');
const deckHead = 'title: Tour\ndate: 2025-04\ncompany: Acme\nslides:\n';

/** A project whose deck is `slides`, with the fixture images copied into images/. */
async function project(slides: string, extra: Record<string, string> = {}): Promise<string> {
  const root = await tempProject({ 'decks/tour.yaml': deckHead + slides, ...extra });
  await mkdir(path.join(root, 'images'));
  for (const name of ['flag.png', 'flag.jpg', 'flag.svg', 'flag.webp', 'flag.gif', 'sizeless.svg']) {
    await copyFile(path.join(images, name), path.join(root, 'images', name));
  }
  return root;
}

const imageSlide = (file: string, alt = 'A blue and red flag') => `  - template: image\n    title: Flag\n    data: { file: ${file}, alt: ${alt} }\n`;

describe('images on slides', () => {
  it.each([
    ['images/flag.png', 12, 8],
    ['images/flag.jpg', 12, 8],
    ['images/flag.webp', 12, 8],
    ['images/flag.svg', 30, 20],
  ])('reads and measures %s', async (file, width, height) => {
    const root = await project(imageSlide(file));
    const loaded = await loadProject(root);
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.decks[0]!.slides[0]!.images).toEqual([{ file, real: expect.stringMatching(new RegExp(`${file.replace('.', '\\.')}$`)), width, height }]);
  });

  it('reads the image a not-in-source slide gives in its options', async () => {
    const root = await project('  - template: not-in-source\n    title: Orders\n    options:\n      image: { file: images/flag.png, alt: Orders by quarter }\n');
    const loaded = await loadProject(root);
    expect(loaded.problems).toEqual([]);
    expect(loaded.decks[0]!.slides[0]!.images.map((image) => [image.file, image.width])).toEqual([['images/flag.png', 12]]);
  });

  // Each mistake is a problem located where the deck writes the image, like any other bad input.
  it.each([
    ['a missing file', imageSlide('images/nope.png'), 'decks/tour.yaml:7:19 slides[0].data.file: Image file images/nope.png does not exist.'],
    ['missing alt text', '  - template: image\n    data: { file: images/flag.png }\n', 'decks/tour.yaml:6:11 slides[0].data.alt: An image needs alt text'],
    ['empty alt text', imageSlide('images/flag.png', '"  "'), 'decks/tour.yaml:7:41 slides[0].data.alt: An image needs alt text'],
    ['an unsupported format', imageSlide('images/flag.gif'), 'decks/tour.yaml:7:19 slides[0].data.file: Name a PNG, JPEG, SVG, WebP file'],
    ['bytes of another format', imageSlide('images/renamed.png'), 'decks/tour.yaml:7:19 slides[0].data.file: images/renamed.png is not an image in PNG format (its bytes are GIF).'],
    ['an SVG without a size', imageSlide('images/sizeless.svg'), 'decks/tour.yaml:7:19 slides[0].data.file: images/sizeless.svg has no width and height.'],
    ['a path out of the project', imageSlide('../flag.png'), 'decks/tour.yaml:7:19 slides[0].data.file: The image path ../flag.png leaves --root.'],
    [
      'a not-in-source image option',
      '  - template: not-in-source\n    options:\n      image: { file: images/nope.svg, alt: Orders }\n',
      'decks/tour.yaml:7:22 slides[0].options.image.file: Image file images/nope.svg does not exist.',
    ],
  ])('reports %s at its line', async (_, slides, expected) => {
    const root = await project(slides);
    await copyFile(path.join(images, 'flag.gif'), path.join(root, 'images/renamed.png'));
    const loaded = await loadProject(root);
    expect(loaded.decks).toEqual([]);
    expect(loaded.problems.map(formatProblem)).toEqual([expect.stringContaining(expected)]);
  });

  it('refuses an image linked in from outside the project', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'quarterdeck-outside-'));
    await writeFile(path.join(outside, 'secret.png'), 'not for the deck');
    const root = await project(imageSlide('images/linked.png'));
    await symlink(path.join(outside, 'secret.png'), path.join(root, 'images/linked.png'));
    const loaded = await loadProject(root);
    expect(loaded.problems.map(formatProblem)).toEqual([expect.stringMatching(/^decks\/tour\.yaml:7:19 slides\[0\]\.data\.file: images\/linked\.png links outside the project/)]);
  });

  it('locates a mistake in an image given by a data file in that file', async () => {
    const root = await project('  - template: image\n    data: acme/pictures.yaml#flag\n', { 'data/acme/pictures.yaml': 'flag:\n  file: images/gone.png\n  alt: A flag\n' });
    const loaded = await loadProject(root);
    expect(loaded.problems.map(formatProblem)).toEqual([expect.stringContaining('data/acme/pictures.yaml:2:9 flag.file: Image file images/gone.png does not exist.')]);
  });
});
