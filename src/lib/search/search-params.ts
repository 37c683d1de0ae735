import { SEARCH_TYPES, type SearchType } from './search-record.ts';

/** Longer queries are cut: nobody types more, and a pasted page would only slow the phone. */
export const MAX_QUERY_LENGTH = 100;

/** What the search page's address says: `?q=…&type=…`. */
export interface SearchParams {
  query: string;
  type: SearchType | undefined;
  /** A `type` the address gave that is not a search type; the page says it was ignored. */
  badType: string | undefined;
}

export function readSearchParams(search: string): SearchParams {
  const params = new URLSearchParams(search);
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  const type = params.get('type') ?? '';
  const known = (SEARCH_TYPES as readonly string[]).includes(type);
  return { query, type: known ? (type as SearchType) : undefined, badType: type && !known ? type : undefined };
}

/** The address for a query and filter, keeping any other parameters the page had. */
export function writeSearchParams(search: string, query: string, type: SearchType | undefined): string {
  const params = new URLSearchParams(search);
  if (query) params.set('q', query);
  else params.delete('q');
  if (type) params.set('type', type);
  else params.delete('type');
  const text = params.toString();
  return text ? `?${text}` : '';
}
