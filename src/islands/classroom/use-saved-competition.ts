import { useEffect, useRef, useState } from 'preact/hooks';
import { classroomStorage, type SavedCompetition } from '../../lib/quiz/classroom-storage.ts';
import { browserStore, readRecord, writeRecord } from '../../lib/storage/versioned-storage.ts';

/**
 * The competition as saved on this device: read once, written after every step. `update` applies
 * to the latest state (kept in a ref), because remote keys can arrive faster than renders.
 */
export function useSavedCompetition() {
  const latest = useRef<SavedCompetition | null>(null);
  const [saved, setSaved] = useState<SavedCompetition | null>(null);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<'corrupt' | 'continued'>();

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
    writeRecord(classroomStorage, browserStore(), next);
  };
  const update = (change: (current: SavedCompetition) => SavedCompetition) => {
    if (latest.current) save(change(latest.current));
  };
  return { saved, ready, problem, clearProblem: () => setProblem(undefined), save, update, latest };
}
