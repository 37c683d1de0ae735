import { formatMessage } from '@/i18n/format-message.ts';
import type { Locale } from '../../i18n/locales.ts';
import { formatFor } from '../../lib/format/index.ts';
import { useEffect, useState } from 'preact/hooks';
import { lookupKey, rowMatches } from '../../lib/search/glossary-lookup.ts';
import { MAX_QUERY_LENGTH, writeSearchParams } from '../../lib/search/search-params.ts';

export interface GlossaryLookupLabels {
  label: string;
  /** Has {n} and {total}. */
  count: string;
  none: string;
}

interface Props {
  /** The page's language: counts are written in its digits. */
  locale: Locale;
  /** The id of the server-rendered glossary table whose rows this filters. */
  tableId: string;
  labels: GlossaryLookupLabels;
}

interface Row {
  element: HTMLElement;
  keys: string[];
}

/**
 * The cells a reader looks a term up by: the term in both languages (Wylie and variants come from
 * `data-variants`). Not the meaning: 灭火器 would find every term whose meaning names it.
 */
const LOOKUP_CELLS = 2;
/** When the lookup finds this many terms or fewer, their meanings open. */
const OPEN_MEANINGS = 5;

/**
 * Instant lookup for the glossary. The table stays server-rendered (complete without JavaScript,
 * and in print); this only hides the rows that do not match. It reads the terms from the table's
 * cells, so the page does not carry them twice; a row's `data-variants` adds the other spellings.
 */
export default function GlossaryLookup({ locale, tableId, labels }: Props) {
  const [rows, setRows] = useState<Row[]>([]);
  const [query, setQuery] = useState('');

  useEffect(() => {
    // Term rows only: a group's heading row is shown while any of its terms is.
    const elements = document.querySelectorAll<HTMLElement>(`#${tableId} tbody tr:not(.group)`);
    setRows(
      [...elements].map((element) => {
        const cells = [...element.querySelectorAll('td')].slice(0, LOOKUP_CELLS).map((cell) => cell.textContent ?? '');
        const variants = element.dataset['variants']?.split('\n') ?? [];
        return { element, keys: [...cells, ...variants].map(lookupKey) };
      }),
    );
    setQuery((new URLSearchParams(location.search).get('q') ?? '').slice(0, MAX_QUERY_LENGTH));
  }, [tableId]);

  const key = lookupKey(query);
  const matching = rows.filter((row) => rowMatches(row.keys, key));
  useEffect(() => {
    const shown = new Set(matching);
    const open = key !== '' && matching.length <= OPEN_MEANINGS;
    for (const row of rows) {
      row.element.hidden = !shown.has(row);
      const details = row.element.querySelector('details');
      if (details) details.open = open && shown.has(row);
    }
    for (const group of document.querySelectorAll<HTMLElement>(`#${tableId} tbody`)) {
      const heading = group.querySelector<HTMLElement>('tr.group');
      if (heading) heading.hidden = !group.querySelector('tr:not(.group):not([hidden])');
    }
    if (rows.length)
      history.replaceState(
        history.state,
        '',
        location.pathname + writeSearchParams(location.search, query.trim(), undefined) + location.hash,
      );
  }, [rows, key]);

  // Drawn on the server too, unseen until the rows are read (the page's CSS): the table keeps its
  // place when the island wakes up.
  const ready = rows.length > 0;
  return (
    <div class="glossary-lookup no-print" data-ready={ready ? '' : undefined} aria-hidden={ready ? undefined : 'true'}>
      <label for="glossary-q">{labels.label}</label>
      <input
        id="glossary-q"
        type="search"
        value={query}
        maxLength={MAX_QUERY_LENGTH}
        autocomplete="off"
        disabled={!ready}
        aria-controls={tableId}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <p role="status" class="glossary-lookup-status">
        {!ready
          ? '\u00a0'
          : matching.length
            ? formatMessage(labels.count, { n: matching.length, total: rows.length }, formatFor(locale).count)
            : labels.none}
      </p>
    </div>
  );
}
