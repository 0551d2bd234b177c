import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// model/ is the data contract every stage reads; it imports nothing of ours from outside itself.
const model = path.resolve(import.meta.dirname, '../../src/model');
const files = readdirSync(model, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));

describe('src/model imports', () => {
  it.each(files)('%s imports only packages and files inside src/model', (file) => {
    const imports = [...readFileSync(path.join(model, file), 'utf8').matchAll(/from '(\.[^']*)'/g)].map((m) => m[1]!);
    const outside = imports.filter((spec) => !path.resolve(path.dirname(path.join(model, file)), spec).startsWith(model + path.sep));
    expect(outside).toEqual([]);
  });
});
