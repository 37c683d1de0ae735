import { useEffect, useRef, useState } from 'preact/hooks';
import { classroomStorage, saveCompetition, type SavedCompetition } from '../../lib/quiz/classroom-storage.ts';
import { browserStore, readRecord } from '../../lib/storage/versioned-storage.ts';

/**
 * The competition as saved on this device: read once, written after every step. `update` applies
 * to the latest state (kept in a ref), because remote keys can arrive faster than renders.
 */
export function useSavedCompetition() {
  const latest = useRef<SavedCompetition | null>(null);
  const [saved, setSaved] = useState<SavedCompetition | null>(null);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<'corrupt' | 'continued' | 'not-saved'>();

  useEffect(() => {
    const result = readRecord(classroomStorage, browserStore());
    latest.current = result.data;
    setSaved(result.data);
    if (result.problem === 'corrupt' || result.problem === 'newer-version') setProblem('corrupt');
    else if (result.data) setProblem('continued');
    setReady(true);
  }, []);

  const save = (next: SavedCompetition | null) => {
    latest.current = next;
    setSaved(next);
    // Said on the stage: a reload would lose the scores (storage full or refused by the browser).
    if (!saveCompetition(browserStore(), next)) setProblem('not-saved');
  };
  const update = (change: (current: SavedCompetition) => SavedCompetition) => {
    if (latest.current) save(change(latest.current));
  };
  return { saved, ready, problem, clearProblem: () => setProblem(undefined), save, update, latest };
}
