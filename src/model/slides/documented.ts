import { z } from 'zod';

type Docs = [path: string, description: string][];

/**
 * The IR schemas (src/model/ir) describe what the checks need; deck authors who write a slide's data
 * inline also need every field explained in their editor. This returns `schema` unchanged in what it
 * accepts, with a description added to each field that has none. Paths name fields with dots and
 * array items with `[]`: 'companies[].name'. A field's own description always wins.
 */
export function documented<T extends z.ZodType>(schema: T, docs: Record<string, string>): T {
  return apply(schema, Object.entries(docs)) as T;
}

// Children of `key`: 'key.x' → 'x', 'key[]…' → '[]…', 'key' → ''.
function under(docs: Docs, key: string): Docs {
  return docs
    .filter(([p]) => p === key || p.startsWith(`${key}.`) || p.startsWith(`${key}[]`))
    .map(([p, d]) => [p.slice(key.length).replace(/^\./, ''), d]);
}

function apply(schema: z.ZodType, docs: Docs): z.ZodType {
  let out: z.ZodType = schema;
  if (schema instanceof z.ZodObject) {
    const fields: Record<string, z.ZodType> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const inner = under(docs, key);
      if (inner.length) fields[key] = apply(field, inner);
    }
    // safeExtend keeps the object's refinements and strictness; extend would drop or refuse them.
    if (Object.keys(fields).length) out = schema.safeExtend(fields);
  } else if (schema instanceof z.ZodArray) {
    const inner = under(docs, '[]');
    if (inner.length) out = schema.clone({ ...schema._zod.def, element: apply(schema.element as z.ZodType, inner) });
  }
  const description = schema.description ?? docs.find(([p]) => p === '')?.[1];
  return description === undefined ? out : out.describe(description);
}
