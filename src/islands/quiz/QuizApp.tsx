import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { parsePaperCode } from '../../lib/quiz/seeded-random.ts';
import { readStaticQuestions, STATIC_QUESTIONS } from '../../lib/quiz/static-questions.ts';
import type QuizExam from './QuizExam.tsx';
import QuizPractice from './QuizPractice.tsx';
import type { Locale } from '../../i18n/locales.ts';
import type { QuizItem, QuizLabels } from './types.ts';

interface Props {
  setId: string;
  setTitle: string;
  lang: Locale;
  labels: QuizLabels;
  examSize: number;
  passMark: number;
  examMinutes: number;
}

type Mode = 'practice' | 'exam';

/**
 * The exam (timer, paper, certificate) comes as its own script, fetched when a reader chooses it:
 * a first visit that only practises does not pay for it (issue 17). The service worker keeps it with
 * the page (sw.js, LAZY), so it opens offline too.
 */
const loadExam = () => import('./QuizExam.tsx').then((module) => module.default);

/**
 * A quiz set's page: practice or exam, chosen with `?mode=exam` (and `&paper=CODE`). Before the
 * script runs, the page is a readable list of the questions with their answers behind a disclosure
 * (`StaticQuestionList`, beside this island); the island reads its questions from that list, then
 * takes its place. If the list cannot be read, the list stays: it still works as a quiz on paper.
 */
export default function QuizApp(props: Props) {
  const { lang, labels } = props;
  const [items, setItems] = useState<QuizItem[]>();
  const [mode, setMode] = useState<Mode>('practice');
  const [code, setCode] = useState<string>();
  const [notes, setNotes] = useState<string[]>([]);
  const [Exam, setExam] = useState<typeof QuizExam>();
  const [examFailed, setExamFailed] = useState(false);
  // Each press of 考试 while the exam has not come tries again (the signal may be back).
  const [examAttempt, setExamAttempt] = useState(0);

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
    setItems(readStaticQuestions(document, lang));
  }, []);
  // In the same frame as the quiz appears, so the page never shows both, nor neither.
  useLayoutEffect(() => {
    const list = document.querySelector<HTMLElement>(`[${STATIC_QUESTIONS.list}]`);
    if (items && list) list.hidden = true;
  }, [items]);

  useEffect(() => {
    if (mode !== 'exam' || Exam) return;
    setExamFailed(false);
    loadExam().then(
      (component) => setExam(() => component),
      () => setExamFailed(true),
    );
  }, [mode, examAttempt]);

  const switchTo = (next: Mode) => {
    setMode(next);
    if (next === 'exam') setExamAttempt((attempt) => attempt + 1);
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

  if (!items) return null;
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
      ) : examFailed ? (
        <p class="note" role="alert">
          {labels.examNotLoaded}
        </p>
      ) : Exam ? (
        <Exam
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
      ) : null}
    </div>
  );
}
