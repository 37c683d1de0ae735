import { useEffect, useState } from 'preact/hooks';
import type { QuizItem } from './types.ts';

export type SetQuestions = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; items: QuizItem[] };

/**
 * A set's questions, fetched from its own static file when chosen (the service worker serves it
 * offline once the site is saved). A failure is said plainly; nothing else of the game is lost.
 */
export function useSetQuestions(url: string | undefined): SetQuestions {
  const [result, setResult] = useState<SetQuestions>({ state: 'loading' });
  useEffect(() => {
    if (!url) return;
    let current = true;
    setResult({ state: 'loading' });
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<QuizItem[]>;
      })
      .then((items) => {
        if (!Array.isArray(items) || items.length === 0) throw new Error('empty');
        if (current) setResult({ state: 'ready', items });
      })
      .catch(() => current && setResult({ state: 'failed' }));
    return () => {
      current = false;
    };
  }, [url]);
  return result;
}
