import { join } from 'node:path';
import { readCollection } from '../../collections/read-collection.ts';
import { buildLexicon, type LexiconEntry } from './lexicon.ts';

/**
 * The glossary (content/glossary/terms.yaml) with the editors' synonyms (synonyms.yaml), as one
 * lexicon, read through their schemas. Throws on a synonym group naming a term the glossary lacks,
 * with the file, the entry, the field and the fix.
 */
export function readLexicon(contentDir: string): LexiconEntry[] {
  const root = join(contentDir, '..');
  const terms = readCollection('glossary', root).map(({ data }) => data);
  const ids = new Set(terms.map((term) => term.id));
  const synonyms = readCollection('synonyms', root).map(({ data }) => data);
  for (const group of synonyms) {
    if (group.term && !ids.has(group.term)) {
      throw new Error(
        `content/glossary/synonyms.yaml: group ${group.id}, field term: no glossary term has id "${group.term}". ` +
          'Fix: use an id from content/glossary/terms.yaml, or leave term out.',
      );
    }
  }
  return buildLexicon(
    terms.map(({ id, zh, bo, variants }) => ({ id, zh, bo, ...(variants.length ? { variants } : {}) })),
    synonyms,
  );
}
