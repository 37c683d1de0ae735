import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, CONTENT_DIR, type CollectionDefinition } from './collections/definitions.ts';

/** Relative to the project, or an absolute path for a copy (CONTENT_DIR). */
const contentBase = CONTENT_DIR.startsWith('/') ? CONTENT_DIR : `./${CONTENT_DIR}`;

/** Astro's loader for a collection named in src/collections/definitions.ts. */
function loaderFor(definition: CollectionDefinition) {
  if (definition.kind === 'folder')
    return glob({ pattern: definition.pattern, base: `${contentBase}/${definition.folder}` });
  if (definition.kind === 'list') return file(`${contentBase}/${definition.file}`);
  return file(`${contentBase}/${definition.file}`, {
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
