import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, CONTENT_DIR, type CollectionDefinition } from './collections/definitions.ts';

/** Astro's loader for a collection named in src/collections/definitions.ts. */
function loaderFor(definition: CollectionDefinition) {
  if (definition.kind === 'folder')
    return glob({ pattern: definition.pattern, base: `./${CONTENT_DIR}/${definition.folder}` });
  if (definition.kind === 'list') return file(`./${CONTENT_DIR}/${definition.file}`);
  return file(`./${CONTENT_DIR}/${definition.file}`, {
    parser: (text) => [{ id: 'statute', ...(JSON.parse(text) as object) }],
  });
}

// Astro infers each entry's type from its collection's `schema`; keep it per collection.
type Collections = {
  [C in keyof typeof COLLECTIONS]: Omit<ReturnType<typeof defineCollection>, 'schema'> & {
    schema: (typeof COLLECTIONS)[C]['schema'];
  };
};

/** Editors own `content/` at the top level (see content/README.md); definitions.ts names each folder once. */
export const collections = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, definition]) => [
    name,
    defineCollection({ loader: loaderFor(definition), schema: definition.schema }),
  ]),
) as Collections;
