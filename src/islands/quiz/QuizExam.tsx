import { formatMessage } from '@/i18n/format-message.ts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatFor } from '../../lib/format/index.ts';
import { phrasesFor } from '../../lib/format/phrases.ts';
import { drawPaper } from '../../lib/quiz/draw-paper.ts';
import { isCorrect, scorePaper, type Answer } from '../../lib/quiz/scoring.ts';
import { newPaperCode, parsePaperCode } from '../../lib/quiz/seeded-random.ts';
import { certificateNameStorage } from '../../lib/quiz/certificate-name.ts';
import { examStorage, examToResume, type ExamProgress } from '../../lib/quiz/exam-progress.ts';
import { browserStore, readRecord, writeRecord } from '../../lib/storage/versioned-storage.ts';
import { crossIcon, tickIcon } from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import Certificate from './Certificate.tsx';
import { keyOf } from './key-of.ts';
import QuestionView, { Explanation } from './QuestionView.tsx';
import type { Locale } from '../../i18n/locales.ts';
import type { QuizItem, QuizLabels } from './types.ts';

interface Props {
  setId: string;
  lang: Locale;
  items: QuizItem[];
  labels: QuizLabels;
  setTitle: string;
  examSize: number;
  passMark: number;
  /** The set's default time limit in minutes; 0 for none. */
  examMinutes: number;
  /** A paper code from the URL, already validated (undefined when absent or invalid). */
  initialCode: string | undefined;
  onCode: (code: string) => void;
}

type Phase = { kind: 'setup' } | { kind: 'running'; deadline: number | undefined } | { kind: 'done'; timeUp: boolean };
const TIME_CHOICES = [0, 10, 20, 30];

/** An exam paper drawn from a short code, so a teacher can give several classes the same paper. */
export default function QuizExam({
  setId,
  lang,
  items,
  labels,
  setTitle,
  examSize,
  passMark,
  examMinutes,
  initialCode,
  onCode,
}: Props) {
  const format = formatFor(lang);
  const phrases = phrasesFor(lang);
  const [code, setCode] = useState(initialCode ?? '');
  const [typed, setTyped] = useState(initialCode ?? '');
  const [typedProblem, setTypedProblem] = useState(false);
  const [minutes, setMinutes] = useState(examMinutes);
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [now, setNow] = useState(Date.now());
  const [name, setName] = useState('');
  const [nameNotice, setNameNotice] = useState<string>();
  const [resumed, setResumed] = useState(false);
  const schema = examStorage(setId);

  // Every answer is saved: a reload comes back to the same paper, answers and deadline.
  const keep = (next: ExamProgress | null) => writeRecord(schema, browserStore(), next);
  useEffect(() => {
    const stored = readRecord(certificateNameStorage, browserStore());
    setName(stored.data.name);
    if (stored.problem === 'corrupt' || stored.problem === 'newer-version') setNameNotice(labels.nameCorrupt);
    const saved = examToResume(readRecord(schema, browserStore()).data, initialCode);
    if (saved) {
      setCode(saved.code);
      setTyped(saved.code);
      setAnswers(saved.answers);
      setPhase(saved.done ? { kind: 'done', timeUp: saved.timeUp } : { kind: 'running', deadline: saved.deadline });
      setResumed(!saved.done);
    } else if (!initialCode) setCode(newPaperCode());
  }, []);
  useEffect(() => {
    if (code) onCode(code);
  }, [code]);

  const paper = useMemo(
    () =>
      code
        ? drawPaper(
            items.map((i) => ({ id: i.id, optionCount: i.options.length })),
            examSize,
            code,
          )
        : [],
    [code, items, examSize],
  );
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);

  useEffect(() => {
    if (phase.kind !== 'running' || phase.deadline === undefined) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= phase.deadline!) {
        setPhase({ kind: 'done', timeUp: true });
        keep({ code, deadline: phase.deadline, answers, done: true, timeUp: true });
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [phase, answers]);

  if (phase.kind === 'setup') {
    const usePaper = (event: Event) => {
      event.preventDefault();
      const parsed = parsePaperCode(typed);
      setTypedProblem(!parsed);
      if (parsed) setCode(parsed);
    };
    return (
      <section class="exam-setup">
        <p>
          {labels.paperCode}{' '}
          <strong class="paper-code" data-testid="paper-code">
            {code}
          </strong>
        </p>
        <p class="hint">{labels.paperHint}</p>
        <form class="inline-form" onSubmit={usePaper}>
          <label>
            {labels.paperField}{' '}
            <input
              value={typed}
              onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
              maxLength={12}
              autocomplete="off"
              spellcheck={false}
              size={8}
            />
          </label>{' '}
          <button type="submit" class="button">
            {labels.usePaper}
          </button>{' '}
          <button
            type="button"
            class="button"
            onClick={() => {
              const fresh = newPaperCode();
              setCode(fresh);
              setTyped(fresh);
              setTypedProblem(false);
            }}
          >
            {labels.newPaper}
          </button>
        </form>
        {typedProblem && (
          <p class="note" role="alert">
            {labels.badPaper}
          </p>
        )}
        <p>
          <label>
            {labels.timeLimit}{' '}
            <select value={String(minutes)} onChange={(e) => setMinutes(Number((e.target as HTMLSelectElement).value))}>
              {[...new Set([...TIME_CHOICES, examMinutes])]
                .sort((a, b) => a - b)
                .map((m) => (
                  <option key={m} value={String(m)}>
                    {m === 0 ? labels.noLimit : formatMessage(labels.minutes, { n: m }, format.count)}
                  </option>
                ))}
            </select>
          </label>
        </p>
        <p class="hint">
          {phrases.join([
            formatMessage(labels.passMark, { n: format.number(Math.round(passMark * 100)) }),
            format.number(paper.length),
          ])}
        </p>
        <button
          type="button"
          class="button primary"
          onClick={() => {
            const deadline = minutes ? Date.now() + minutes * 60_000 : undefined;
            setAnswers({});
            setNow(Date.now());
            setPhase({ kind: 'running', deadline });
            keep({ code, deadline, answers: {}, done: false, timeUp: false });
          }}
        >
          {labels.start}
        </button>
      </section>
    );
  }

  const results = paper.map(({ id }) => isCorrect(keyOf(byId.get(id)!), answers[id]));
  if (phase.kind === 'running') {
    const left = phase.deadline === undefined ? undefined : Math.max(0, Math.ceil((phase.deadline - now) / 1000));
    return (
      <form
        class="exam"
        onSubmit={(e) => {
          e.preventDefault();
          setPhase({ kind: 'done', timeUp: false });
          setResumed(false);
          keep({ code, deadline: phase.deadline, answers, done: true, timeUp: false });
        }}
      >
        {resumed && (
          <p class="note" role="status">
            {labels.resumed}
          </p>
        )}
        <p class="exam-bar">
          {labels.paperCode} <strong>{code}</strong>
          {left !== undefined && (
            <span class="time-left" role="timer">
              {labels.timeLeft} {format.number(Math.floor(left / 60))}:
              {format.number(left % 60).padStart(2, format.number(0))}
            </span>
          )}
        </p>
        {paper.map(({ id, optionOrder }, i) => (
          <QuestionView
            key={id}
            item={byId.get(id)!}
            lang={lang}
            labels={labels}
            order={optionOrder}
            answer={answers[id]}
            onAnswer={(a) => {
              const next = { ...answers, [id]: a };
              setAnswers(next);
              keep({ code, deadline: phase.deadline, answers: next, done: false, timeUp: false });
            }}
            checked={false}
            number={i + 1}
          />
        ))}
        <p class="actions">
          <button type="submit" class="button primary">
            {labels.submit}
          </button>
        </p>
      </form>
    );
  }

  const score = scorePaper(results, passMark);
  const saveName = (value: string) => {
    setName(value);
    setNameNotice(
      writeRecord(certificateNameStorage, browserStore(), { name: value }) ? undefined : labels.nameNotSaved,
    );
  };
  return (
    <section class="exam-result">
      {phase.timeUp && (
        <p class="note" role="alert">
          {labels.timeUp}
        </p>
      )}
      <p class="score" aria-live="polite">
        {formatMessage(labels.score, { right: format.number(score.right), total: format.number(score.total) })} (
        {format.number(score.percent)}%){phrases.separatorAfter('%')}
        <strong data-passed={String(score.passed)}>
          <Icon icon={score.passed ? tickIcon : crossIcon} /> {score.passed ? labels.passed : labels.notPassed}
        </strong>
      </p>
      {score.passed && (
        <div class="certificate-form">
          <h2>{labels.certificate}</h2>
          <label>
            {labels.yourName}{' '}
            <input
              value={name}
              maxLength={40}
              autocomplete="name"
              onInput={(e) => saveName((e.target as HTMLInputElement).value)}
            />
          </label>
          <p class="hint">{labels.nameHint}</p>
          {nameNotice && (
            <p class="note" role="status">
              {nameNotice}
            </p>
          )}
          <button type="button" class="button primary" onClick={printCertificate}>
            {labels.printCertificate}
          </button>
          <Certificate lang={lang} labels={labels} name={name} setTitle={setTitle} score={score} code={code} />
        </div>
      )}
      <ol class="exam-review">
        {paper.map(({ id, optionOrder }, i) => (
          <li key={id}>
            <QuestionView
              item={byId.get(id)!}
              lang={lang}
              labels={labels}
              order={optionOrder}
              answer={answers[id]}
              onAnswer={() => undefined}
              checked
              number={i + 1}
            />
            {!answers[id] && <p class="note">{labels.unanswered}</p>}
            <Explanation item={byId.get(id)!} lang={lang} labels={labels} correct={results[i]} />
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="button"
        onClick={() => {
          keep(null);
          setPhase({ kind: 'setup' });
        }}
      >
        {labels.restart}
      </button>
    </section>
  );
}

/** Prints only the certificate: the page marks itself, prints, and unmarks afterwards. */
function printCertificate() {
  const root = document.documentElement;
  root.dataset['print'] = 'certificate';
  addEventListener('afterprint', () => delete root.dataset['print'], { once: true });
  print();
}
