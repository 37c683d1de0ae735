import { openSearchIndex, type SearchEngine } from './search-engine.ts';
import { SEARCH_INDEX_VERSION, type SearchIndexFile } from './search-index.ts';

/**
 * Fetches and opens a language's index. Rejects on a failed request or an index of another
 * version (an old copy kept by a cache), so the page can say search is not available.
 */
export async function loadSearchIndex(url: string, fetcher: typeof fetch = fetch): Promise<SearchEngine> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const file = (await response.json()) as Partial<SearchIndexFile>;
  if (file.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`${url}: index version ${String(file.version)}, expected ${SEARCH_INDEX_VERSION}`);
  }
  return openSearchIndex(file as SearchIndexFile);
}
