/**
 * Every object of every registered collection's schema, nested ones included, is strict: an unknown
 * key (a typo such as "ulr" for "url") is an error, never silently dropped. New schemas are covered by
 * being registered in src/schemas/collections.ts.
 */
import { describe, expect, it } from 'vitest';
import { collections, type CollectionSpec } from '../../src/schemas/collections';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Paths of the objects under `schema` that accept unknown keys. */
function looseObjects(schema: unknown, at: string, seen = new Set<unknown>()): string[] {
  if (!schema || seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const loose: string[] = [];
  const walk = (child: unknown, path: string) => loose.push(...looseObjects(child, path, seen));
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall as unknown;
      if (!catchall || defOf(catchall).type !== 'never') loose.push(at || '(entry)');
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) walk(child, at ? `${at}.${key}` : key);
      break;
    }
    case 'array':
      walk(def.element, `${at}[]`);
      break;
    case 'record':
      walk(def.valueType, `${at}.*`);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      walk(def.innerType, at);
      break;
    case 'pipe':
      walk(def.in, at);
      walk(def.out, at);
      break;
    case 'union':
      for (const option of def.options as unknown[]) walk(option, at);
      break;
    case 'intersection':
      walk(def.left, at);
      walk(def.right, at);
      break;
    case 'lazy':
      walk((def.getter as () => unknown)(), at);
      break;
  }
  return loose;
}

describe('collection schemas', () => {
  for (const [name, spec] of Object.entries(collections) as Array<[string, CollectionSpec]>) {
    if (!spec.schema) continue;
    it(`${name}: every object, nested ones too, rejects unknown keys`, () => {
      expect(looseObjects(spec.schema, '')).toEqual([]);
    });
  }

  it('the check finds a loose nested object', async () => {
    const { z } = await import('astro/zod');
    expect(looseObjects(z.object({ a: z.object({ b: z.string() }) }).strict(), '')).toEqual(['a']);
  });
});
