import type { ResultItem } from '../../lib/search/result-items.ts';
import type { SearchType } from '../../lib/search/search-record.ts';
import { Excerpt } from './Excerpt.tsx';

interface Props {
  items: ResultItem[];
  typeLabels: Record<SearchType, string>;
  /** Labels the list for screen readers (the count or the glossary heading). */
  labelledBy?: string;
}

/** Result links with their type and an excerpt. */
export function ResultList({ items, typeLabels, labelledBy }: Props) {
  return (
    <ol class="search-results" aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.url}>
          <a href={item.url} lang={item.titleLang}>
            {item.title}
          </a>{' '}
          <span class="search-type">{typeLabels[item.type]}</span>
          <Excerpt segments={item.excerpt} lang={item.excerptLang} />
        </li>
      ))}
    </ol>
  );
}
