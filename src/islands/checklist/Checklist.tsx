import { formatMessage } from '@/i18n/format-message.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import { formatFor } from '../../lib/format/index.ts';
import { checklistStorage, progress, toggleTick, type ChecklistTicks } from '../../lib/checklist/checklist-progress.ts';
import { browserStore, readRecord, writeRecord, type StorageProblem } from '../../lib/storage/versioned-storage.ts';

export interface ChecklistLabels {
  /** e.g. "已检查 {done} / {total} 项" */
  progress: string;
  reset: string;
  print: string;
  date: string;
  problem: Record<StorageProblem, string>;
  notSaved: string;
}

interface Props {
  slug: string;
  /** The page's language: labels and the printed date. */
  locale: Locale;
  groups: { title: string; items: { id: string; text: string }[] }[];
  labels: ChecklistLabels;
}

/**
 * A self-inspection checklist. Server-rendered, it is a plain list with boxes that prints;
 * hydrated, it saves ticks on the device, counts progress, resets, and prints with the date.
 */
export default function Checklist({ slug, locale, groups, labels }: Props) {
  const schema = checklistStorage(slug);
  const itemIds = groups.flatMap((group) => group.items.map((item) => item.id));
  const [state, setState] = useState<ChecklistTicks>(schema.empty());
  const [hydrated, setHydrated] = useState(false);
  const [problem, setProblem] = useState<StorageProblem | 'not-saved' | undefined>();

  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const result = readRecord(schema, browserStore());
    // Boxes ticked while the script was still loading count too: a tap is never silently lost.
    const early = [...(root.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked') ?? [])].map(
      (box) => box.name,
    );
    const ticked = [...new Set([...result.data.ticked, ...early])];
    if (ticked.length !== result.data.ticked.length) {
      const merged = { ticked, updated: new Date().toISOString() };
      setState(merged);
      writeRecord(schema, browserStore(), merged);
    } else setState(result.data);
    setProblem(result.problem === 'unavailable' ? 'not-saved' : result.problem);
    setHydrated(true);
  }, [slug]);

  const update = (next: ChecklistTicks) => {
    setState(next);
    if (!writeRecord(schema, browserStore(), next)) setProblem('not-saved');
  };
  const { done, total } = progress(state, itemIds);
  // The date goes with the labels, in the page's language (the items may be a Chinese fallback).
  const date = formatFor(locale).date(state.updated ? new Date(state.updated) : new Date());

  return (
    <div class="checklist" ref={root} data-hydrated={hydrated ? '' : undefined}>
      {problem && (
        <p class="note" role="status">
          {problem === 'not-saved' ? labels.notSaved : labels.problem[problem]}
        </p>
      )}
      <p class="print-date">
        {labels.date} {hydrated ? date : '________'}
      </p>
      {/* Drawn on the server too, hidden until hydrated (the page's CSS): its room is kept, so the
          list does not move down when the island wakes up. */}
      {
        <div class="checklist-bar no-print" aria-hidden={hydrated ? undefined : 'true'}>
          <p class="progress" aria-live="polite">
            <progress max={total} value={done} aria-hidden="true" />{' '}
            {formatMessage(labels.progress, {
              done: formatFor(locale).number(done),
              total: formatFor(locale).number(total),
            })}
          </p>
          <button
            type="button"
            class="button"
            onClick={() => update({ ticked: [], updated: new Date().toISOString() })}
          >
            {labels.reset}
          </button>{' '}
          <button type="button" class="button primary" onClick={() => window.print()}>
            {labels.print}
          </button>
        </div>
      }
      {groups.map((group) => (
        <fieldset key={group.title}>
          <legend>{group.title}</legend>
          <ul>
            {group.items.map((item) => (
              <li key={item.id}>
                <label>
                  <input
                    type="checkbox"
                    name={item.id}
                    checked={state.ticked.includes(item.id)}
                    onChange={() => update(toggleTick(state, item.id, new Date()))}
                  />
                  <span>{item.text}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
