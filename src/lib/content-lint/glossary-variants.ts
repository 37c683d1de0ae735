import { parse as parseYaml } from 'yaml';

export interface GlossaryVariant {
  id: string;
  zh: string;
  /** The glossary's Tibetan term. */
  term: string;
  /** A known other spelling that content should not use. */
  variant: string;
}

/** Variant spellings listed in the glossary file, each paired with the term to use instead. */
export function glossaryVariants(glossaryYaml: string): GlossaryVariant[] {
  const terms = (parseYaml(glossaryYaml) ?? []) as { id: string; zh: string; bo: string; variants?: string[] }[];
  return terms.flatMap(({ id, zh, bo, variants = [] }) => variants.map((variant) => ({ id, zh, term: bo, variant })));
}
