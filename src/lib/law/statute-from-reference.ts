import type { LawArticle, LawStatute } from '../../schemas/law.ts';

/** Shape of `shared/reference/fire-law-2021.json`. */
export interface ReferenceLaw {
  title: string;
  promulgated: string;
  effective: string;
  revision_note: string;
  chapters: {
    number: number;
    title: string;
    heading: string;
    articles: { number: number; label: string; text: string }[];
  }[];
}

/** Splits the reference statute into the site's statute record and one record per article. */
export function statuteFromReference(reference: ReferenceLaw): { statute: LawStatute; articles: LawArticle[] } {
  const articles: LawArticle[] = reference.chapters.flatMap((chapter) =>
    chapter.articles.map(({ number, label, text }) => ({ number, label, chapter: chapter.number, text })),
  );
  const statute: LawStatute = {
    title: reference.title,
    revisionNote: reference.revision_note,
    promulgated: reference.promulgated,
    effective: reference.effective,
    chapters: reference.chapters.map(({ number, heading, title, articles: list }) => ({
      number,
      heading,
      title,
      articles: [list[0]!.number, list[list.length - 1]!.number] as [number, number],
    })),
  };
  return { statute, articles };
}
