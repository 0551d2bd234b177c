import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { irDocumentSchema, type IrDocument } from '../../../src/model/ir/index.ts';

export const IIJ_DIR = join(import.meta.dirname, '../../../data/iij');

/** Every data/iij/*.yaml, parsed and validated; a file that fails validation carries its issues. */
export function loadIij(): { file: string; doc?: IrDocument; issues?: string[] }[] {
  return readdirSync(IIJ_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const r = irDocumentSchema.safeParse(parse(readFileSync(join(IIJ_DIR, file), 'utf8')));
      return r.success
        ? { file, doc: r.data }
        : { file, issues: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
    });
}
