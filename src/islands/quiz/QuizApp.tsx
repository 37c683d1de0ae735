import { useEffect, useState } from 'preact/hooks';
import { parsePaperCode } from '../../lib/quiz/seeded-random.ts';
import QuizExam from './QuizExam.tsx';
import QuizPractice from './QuizPractice.tsx';
import StaticQuestionList from './StaticQuestionList.tsx';
import type { Locale } from '../../i18n/locales.ts';
import type { QuizItem, QuizLabels } from './types.ts';

interface Props {
  setId: string;
  setTitle: string;
  lang: Locale;
  items: QuizItem[];
  labels: QuizLabels;
  examSize: number;
  passMark: number;
  examMinutes: number;
}

type Mode = 'practice' | 'exam';

/**
 * A quiz set's page: practice or exam, chosen with `?mode=exam` (and `&paper=CODE`). Before the
 * script runs, the page is a readable list of the questions with their answers behind a disclosure.
 */
export default function QuizApp(props: Props) {
  const { lang, items, labels } = props;
  const [ready, setReady] = useState(false);
  const [mode, setMode] = useState<Mode>('practice');
  const [code, setCode] = useState<string>();
  const [notes, setNotes] = useState<string[]>([]);

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const found: string[] = [];
    const rawMode = params.get('mode');
    if (rawMode === 'exam') setMode('exam');
    else if (rawMode !== null && rawMode !== 'practice') found.push(labels.badMode);
    const rawPaper = params.get('paper');
    if (rawPaper !== null) {
      const parsed = parsePaperCode(rawPaper);
      if (parsed) setCode(parsed);
      else found.push(labels.badPaper);
    }
    setNotes(found);
    setReady(true);
  }, []);

  const switchTo = (next: Mode) => {
    setMode(next);
    const url = new URL(location.href);
    url.searchParams.set('mode', next);
    if (next === 'practice') url.searchParams.delete('paper');
    history.replaceState(null, '', url);
  };
  const rememberCode = (value: string) => {
    const url = new URL(location.href);
    url.searchParams.set('mode', 'exam');
    url.searchParams.set('paper', value);
    history.replaceState(null, '', url);
  };

  if (!ready) return <StaticQuestionList items={items} lang={lang} labels={labels} />;
  return (
    <div class="quiz-app">
      {notes.map((note) => (
        <p class="note" role="alert" key={note}>
          {note}
        </p>
      ))}
      <div class="mode-switch" role="group">
        {(['practice', 'exam'] as const).map((m) => (
          <button
            key={m}
            type="button"
            class={`button${mode === m ? ' primary' : ''}`}
            aria-pressed={mode === m}
            onClick={() => switchTo(m)}
          >
            {m === 'practice' ? labels.practice : labels.exam}
          </button>
        ))}
      </div>
      {mode === 'practice' ? (
        <QuizPractice setId={props.setId} lang={lang} items={items} labels={labels} />
      ) : (
        <QuizExam
          setId={props.setId}
          lang={lang}
          items={items}
          labels={labels}
          setTitle={props.setTitle}
          examSize={props.examSize}
          passMark={props.passMark}
          examMinutes={props.examMinutes}
          initialCode={code}
          onCode={rememberCode}
        />
      )}
    </div>
  );
}
