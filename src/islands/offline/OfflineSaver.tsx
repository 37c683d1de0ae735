import type { Locale } from '@/i18n/locales.ts';
import { formatMessage } from '@/i18n/format-message.ts';
import { useEffect, useState } from 'preact/hooks';
import { phrasesFor } from '../../lib/format/phrases.ts';
import { installIcon } from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import { HTML_LANG } from '../../i18n/locales.ts';
import { formatFor } from '../../lib/format/index.ts';
import type { OfflineManifest } from '../../lib/offline/offline-manifest.ts';
import {
  readSavedInfo,
  removeSaved,
  SaveError,
  saveForOffline,
  visitedPages,
  type SavedInfo,
  type VisitedPage,
} from './saved-cache.ts';

export interface OfflineLabels {
  unsupported: string;
  notSavedPage: string;
  onThisPhone: string;
  choose: string;
  zh: string;
  bo: string;
  both: string;
  start: string;
  saving: string;
  done: string;
  interrupted: string;
  full: string;
  changed: string;
  storage: string;
  persisted: string;
  notPersisted: string;
  savedVersion: string;
  nothingSaved: string;
  remove: string;
  removed: string;
  manifestMissing: string;
  install: string;
}

type Choice = Locale | 'both';
type Progress = { done: number; total: number; bytes: number };

interface Props {
  lang: Locale;
  labels: OfflineLabels;
  sections: { href: string; title: string }[];
}

/** Save the site for offline use: sizes first, a progress bar, resume, storage, version, remove. */
export default function OfflineSaver({ lang, labels, sections }: Props) {
  const [supported, setSupported] = useState<boolean | undefined>();
  const [fallback, setFallback] = useState(false);
  const [manifest, setManifest] = useState<OfflineManifest>();
  const [info, setInfo] = useState<SavedInfo>();
  const [visited, setVisited] = useState<VisitedPage[]>([]);
  const [choice, setChoice] = useState<Choice>(lang);
  const [progress, setProgress] = useState<Progress>();
  const [message, setMessage] = useState<string>();
  const [storage, setStorage] = useState<{ usage: number; quota: number; persisted: boolean }>();
  // The browser's own install prompt, where it offers one (Chromium-based browsers).
  const [installPrompt, setInstallPrompt] = useState<Event & { prompt?: () => Promise<void> }>();
  useEffect(() => {
    const capture = (event: Event) => {
      event.preventDefault();
      setInstallPrompt(event);
    };
    addEventListener('beforeinstallprompt', capture);
    return () => removeEventListener('beforeinstallprompt', capture);
  }, []);

  const refresh = async () => {
    setInfo(await readSavedInfo());
    setVisited(await visitedPages(lang));
    const estimate = await navigator.storage?.estimate?.();
    const persisted = (await navigator.storage?.persisted?.()) ?? false;
    if (estimate) setStorage({ usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted });
  };

  useEffect(() => {
    setFallback(!location.pathname.endsWith('/offline/'));
    // Some in-app browsers have the API but never run a worker: wait a moment for one to be ready.
    const ready =
      'serviceWorker' in navigator && 'caches' in window
        ? Promise.race([
            navigator.serviceWorker.ready.then(() => true),
            new Promise<boolean>((r) => setTimeout(() => r(false), 5000)),
          ])
        : Promise.resolve(false);
    ready.then((ok) => {
      setSupported(ok);
      if (ok) loadManifest();
    });
  }, []);

  const loadManifest = () => {
    // Always the deployment the server has now (the service worker answers from its caches only offline).
    fetch('/offline-manifest.json', { cache: 'no-cache' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then(setManifest, () => setMessage(labels.manifestMissing));
    refresh();
  };

  const save = async () => {
    if (!manifest) return;
    setMessage(undefined);
    await navigator.storage?.persist?.();
    try {
      const languages: Locale[] = choice === 'both' ? ['zh', 'bo'] : [choice];
      await saveForOffline(manifest, languages, (done, total, bytes) => setProgress({ done, total, bytes }));
      setMessage(labels.done);
    } catch (error) {
      const failure = error instanceof SaveError ? error.failure : { kind: 'network' as const };
      if (failure.kind === 'full')
        setMessage(
          formatMessage(labels.full, { needed: formatBytes(failure.needed), free: formatBytes(failure.free) }),
        );
      else if (failure.kind === 'changed') setMessage(labels.changed);
      else setMessage(labels.interrupted);
    }
    await refresh();
  };

  const format = formatFor(lang);
  const formatBytes = format.bytes;
  const phrases = phrasesFor(lang);
  const savedDate = info ? format.dateTime(new Date(info.savedAt)) : '';
  const savedLanguages = info?.languages ?? [];
  const savedSections = sections.filter((s) => savedLanguages.includes(s.href.slice(1, 3) as Locale));

  return (
    <div class="offline-saver">
      {fallback && (
        <p class="note" role="alert">
          {labels.notSavedPage}
        </p>
      )}
      {supported === false && (
        <p class="note" role="status">
          {labels.unsupported}
        </p>
      )}
      <section aria-labelledby="on-this-phone">
        <h2 id="on-this-phone">{labels.onThisPhone}</h2>
        {info ? (
          <p data-testid="saved-version">
            {formatMessage(labels.savedVersion, { version: info.version, date: savedDate })}
          </p>
        ) : (
          <p>{labels.nothingSaved}</p>
        )}
        <ul class="saved-links">
          {savedSections.map((s) => (
            <li key={s.href}>
              <a href={s.href} lang={HTML_LANG[s.href.slice(1, 3) as 'zh' | 'bo']}>
                {s.title}
              </a>
            </li>
          ))}
          {visited
            .filter((p) => !savedSections.some((s) => s.href === p.path))
            .map((p) => (
              <li key={p.path}>
                <a href={p.path}>{p.title}</a>
              </li>
            ))}
        </ul>
      </section>
      {supported && manifest && (
        <section aria-labelledby="save-heading">
          <h2 id="save-heading">{labels.choose}</h2>
          <fieldset class="choices">
            <legend class="visually-hidden">{labels.choose}</legend>
            {(['zh', 'bo', 'both'] as const).map((c) => (
              <label key={c}>
                <input type="radio" name="offline-choice" checked={choice === c} onChange={() => setChoice(c)} />{' '}
                {labels[c]}
                {phrases.separatorAfter(labels[c])}
                <strong>{formatBytes(manifest.stored[c])}</strong>
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            class="button primary"
            onClick={save}
            disabled={!!progress && progress.done < progress.total && !message}
          >
            {labels.start}
          </button>
          {progress && (
            <p class="save-progress">
              <progress max={progress.total} value={progress.done} aria-label={labels.saving} />{' '}
              <span aria-live="polite">
                {formatMessage(labels.saving, {
                  done: format.number(progress.done),
                  total: format.number(progress.total),
                  size: formatBytes(progress.bytes),
                })}
              </span>
            </p>
          )}
        </section>
      )}
      {message && (
        <p class="note" role="status">
          {message}
        </p>
      )}
      {storage && (
        <p class="storage">
          {phrases.join([
            formatMessage(labels.storage, { used: formatBytes(storage.usage), quota: formatBytes(storage.quota) }),
            storage.persisted ? labels.persisted : labels.notPersisted,
          ])}
        </p>
      )}
      {installPrompt?.prompt && (
        <p>
          <button
            type="button"
            class="button primary"
            onClick={() => {
              installPrompt.prompt?.();
              setInstallPrompt(undefined);
            }}
          >
            <Icon icon={installIcon} /> {labels.install}
          </button>
        </p>
      )}
      {info && (
        <button
          type="button"
          class="button"
          onClick={async () => {
            await removeSaved();
            setProgress(undefined);
            setMessage(labels.removed);
            await refresh();
          }}
        >
          {labels.remove}
        </button>
      )}
    </div>
  );
}
