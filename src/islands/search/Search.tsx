import type { Bilingual } from '@/i18n/locales.ts';
import { formatMessage } from '@/i18n/format-message.ts';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { HTML_LANG, type Locale } from '../../i18n/locales.ts';
import { formatFor } from '../../lib/format/index.ts';
import { loadSearchIndex, type LoadedIndex } from '../../lib/search/load-search-index.ts';
import { otherScriptLocale } from '../../lib/search/query-script.ts';
import { countByType, resultItems, shownDocs } from '../../lib/search/result-items.ts';
import { runSearch, type SearchOutcome } from '../../lib/search/run-search.ts';
import type { SearchEngine } from '../../lib/search/search-engine.ts';
import { MAX_QUERY_LENGTH, readSearchParams, writeSearchParams } from '../../lib/search/search-params.ts';
import type { SearchType } from '../../lib/search/search-record.ts';
import { ResultList } from './ResultList.tsx';
import { TypeFilter } from './TypeFilter.tsx';

export interface SearchLabels {
  query: string;
  submit: string;
  hint: string;
  filter: string;
  all: string;
  loading: string;
  failed: string;
  /** Has {n}. */
  count: string;
  none: string;
  partial: string;
  /** Have {term}. */
  alsoIn: Bilingual;
  /** Heads the pages of the other language found for a query in its script. */
  otherLanguage: string;
  more: string;
  /** Has {type}. */
  badType: string;
  /** Shown until the island runs: without JavaScript the form cannot search. */
  needsJs: string;
  types: Record<SearchType, string>;
}

interface Props {
  locale: Locale;
  labels: SearchLabels;
}

/** One language's answer to the query shown. */
interface Answer {
  locale: Locale;
  engine: SearchEngine;
  outcome: SearchOutcome;
}

/** Results shown at first and added by "more": a phone screen or two; on 2G each costs its record. */
const PAGE = 10;
/** The other lists (the glossary's other-language words, the other script's pages) show half as many. */
const half = (limit: number) => Math.ceil(limit / 2);
/** Search once typing pauses, not on every key: a cheap phone stays responsive. */
const TYPING_PAUSE_MS = 150;

/**
 * Search as you type. Server-rendered it is a plain GET form and a note that search needs
 * JavaScript (a note, not <noscript>: it also covers a browser whose scripts fail); hydrated it reads ?q= and ?type=, loads the language's index on first use, and
 * keeps the address in step so a search can be shared or returned to.
 */
export default function Search({ locale, labels }: Props) {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [type, setType] = useState<SearchType | undefined>();
  const [badType, setBadType] = useState<string>();
  const [answers, setAnswers] = useState<{ query: string; own: Answer; other?: Answer }>();
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  const [hydrated, setHydrated] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  /** The query, type and limit the other language's list was last fetched for. */
  const [otherFor, setOtherFor] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const indexes = useRef<Partial<Record<Locale, Promise<LoadedIndex>>>>({});

  // A language's index head is fetched on first use (focus, typing or ?q=); the shards and records
  // a query needs follow it. A failed fetch may be retried by the next query.
  const index = (language: Locale) => {
    let pending = indexes.current[language];
    if (!pending) {
      pending = indexes.current[language] = loadSearchIndex(language);
      pending.catch(() => delete indexes.current[language]);
    }
    return pending;
  };
  const load = () => {
    if (status !== 'idle') return;
    setStatus('loading');
    index(locale).then(
      () => setStatus('ready'),
      () => setStatus('failed'),
    );
  };

  useEffect(() => {
    const params = readSearchParams(location.search);
    // Keep what was typed before the island woke up.
    const start = params.query || field.current?.value.slice(0, MAX_QUERY_LENGTH) || '';
    setInput(start);
    setQuery(start);
    setType(params.type);
    setBadType(params.badType);
    setHydrated(true);
    if (start.trim()) load();
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(input), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [input]);

  useEffect(() => {
    if (!hydrated) return;
    setLimit(PAGE);
    history.replaceState(
      history.state,
      '',
      location.pathname + writeSearchParams(location.search, query.trim(), type) + location.hash,
    );
  }, [query, type, hydrated]);

  const answer = async (language: Locale, text: string, shownType: SearchType | undefined, shownLimit: number) => {
    const loaded = await index(language);
    await loaded.prepare(text);
    const outcome = runSearch(loaded.engine(), text);
    const engine = loaded.engine();
    const own = language === locale;
    await loaded.records([
      ...shownDocs(engine, outcome, shownType, own ? shownLimit : half(shownLimit)),
      ...(own && outcome.alternate ? shownDocs(engine, outcome.alternate, shownType, half(shownLimit)) : []),
    ]);
    return { locale: language, engine: loaded.engine(), outcome };
  };

  // The page's own language first; its results are on screen before the other language is fetched.
  useEffect(() => {
    if (!hydrated || !query.trim()) return;
    let live = true;
    answer(locale, query, type, limit).then(
      (own) => {
        if (!live) return;
        setAnswers((before) => ({
          query,
          own,
          ...(before?.query === query && before.other ? { other: before.other } : {}),
        }));
        setOtherFor('');
        setStatus('ready');
      },
      () => live && setStatus('failed'),
    );
    return () => {
      live = false;
    };
  }, [query, type, limit, hydrated]);

  // Then, for a query in the other script, that language's pages.
  const other = otherScriptLocale(query.trim(), locale);
  const otherKey = `${query}\u0000${type ?? ''}\u0000${limit}`;
  useEffect(() => {
    if (!other || answers?.query !== query || otherFor === otherKey) return;
    let live = true;
    setOtherFor(otherKey);
    answer(other, query, type, limit).then(
      (found) => live && setAnswers((before) => (before?.query === query ? { ...before, other: found } : before)),
      // The page's own results stand; the other language's list is left out.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [answers, other, otherKey]);

  const current = answers && answers.query === query && query.trim() ? answers : undefined;
  // Excerpts are the costly part: recompute them when the results change, not on every key.
  const { counts, items, alternate, others } = useMemo(() => {
    if (!current) return { counts: undefined, items: [], alternate: [], others: [] };
    const { own, other: elsewhere } = current;
    return {
      counts: countByType(
        [own.engine, own.outcome],
        ...(elsewhere ? [[elsewhere.engine, elsewhere.outcome] as [SearchEngine, SearchOutcome]] : []),
      ),
      items: resultItems(own.engine, own.outcome, locale, type, limit),
      alternate: own.outcome.alternate ? resultItems(own.engine, own.outcome.alternate, locale, type, half(limit)) : [],
      others: elsewhere ? resultItems(elsewhere.engine, elsewhere.outcome, elsewhere.locale, type, half(limit)) : [],
    };
  }, [current, type, limit]);
  const outcome = current?.own.outcome;
  const shown = counts ? (type ? counts[type] : counts.all) : 0;
  const [alsoBefore, alsoAfter] = outcome?.alternate ? labels.alsoIn[outcome.alternate.language].split('{term}') : [];

  let message = '';
  if (status === 'failed') message = labels.failed;
  else if (query.trim() && !current) message = labels.loading;
  else if (current) message = shown ? formatMessage(labels.count, { n: shown }, formatFor(locale).count) : labels.none;

  return (
    <div class="search" data-state={hydrated ? status : undefined}>
      <form
        role="search"
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(input);
        }}
      >
        <label for="search-q" class="search-label">
          {labels.query}
        </label>
        <div class="search-row">
          <input
            id="search-q"
            ref={field}
            type="search"
            name="q"
            value={input}
            maxLength={MAX_QUERY_LENGTH}
            autocomplete="off"
            aria-describedby="search-hint"
            onFocus={load}
            onInput={(event) => {
              setInput(event.currentTarget.value);
              load();
            }}
          />
          <button type="submit" class="button primary">
            {labels.submit}
          </button>
        </div>
        <p id="search-hint" class="search-hint">
          {labels.hint}
        </p>
      </form>
      {/* The note for a browser without JavaScript and the status share one place (the page's CSS):
          the note's room is kept when the island wakes up, so nothing under it moves. */}
      <div class="search-messages">
        <p
          class="note search-needs-js"
          data-hidden={hydrated ? '' : undefined}
          aria-hidden={hydrated ? 'true' : undefined}
        >
          {labels.needsJs}
        </p>
        <p id="search-status" class="search-status" role="status">
          {message}
        </p>
      </div>
      {badType && <p class="note">{formatMessage(labels.badType, { type: badType })}</p>}
      {/* Under the status, not in the form: it comes with the results and must not push the status down. */}
      {hydrated && counts && (
        <TypeFilter
          legend={labels.filter}
          allLabel={labels.all}
          typeLabels={labels.types}
          counts={counts}
          count={formatFor(locale).count}
          value={type}
          onChange={setType}
        />
      )}
      {outcome?.mode === 'any' && items.length > 0 && <p class="search-partial">{labels.partial}</p>}
      {items.length > 0 && <ResultList items={items} typeLabels={labels.types} labelledBy="search-status" />}
      {alternate.length > 0 && outcome?.alternate && (
        <section class="search-also" aria-labelledby="search-also">
          <h2 id="search-also">
            {alsoBefore}
            <span lang={HTML_LANG[outcome.alternate.language]}>{outcome.alternate.query}</span>
            {alsoAfter}
          </h2>
          <ResultList items={alternate} typeLabels={labels.types} labelledBy="search-also" />
        </section>
      )}
      {others.length > 0 && current?.other && (
        <section class="search-also search-other" aria-labelledby="search-other">
          <h2 id="search-other">{labels.otherLanguage}</h2>
          <ResultList items={others} typeLabels={labels.types} labelledBy="search-other" />
        </section>
      )}
      {shown > items.length + alternate.length + others.length && (
        <button type="button" class="button" onClick={() => setLimit(limit + PAGE)}>
          {labels.more}
        </button>
      )}
    </div>
  );
}
