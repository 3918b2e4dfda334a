import { defineCollection } from 'astro:content';
import { contentLoader } from './corpus/loader';
import { entrySchemas } from './corpus/load';
import { collectionNames, type CollectionName } from './schemas/collections';

/**
 * One Astro collection per registered collection (`schemas/collections.ts`). Pages read the corpus
 * through `corpus/index.ts`, which types it from the registry, so Astro's own typing is not needed.
 */
export const collections = Object.fromEntries(
  collectionNames.map((name) => [name, defineCollection({ loader: contentLoader(name), schema: entrySchemas[name] })]),
) as unknown as Record<CollectionName, ReturnType<typeof defineCollection>>;
