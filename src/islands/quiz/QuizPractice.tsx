import { formatMessage } from '@/i18n/format-message.ts';
import { formatFor } from '../../lib/format/index.ts';
import { useEffect, useState } from 'preact/hooks';
import {
  checkProgress,
  goTo,
  practiseAll,
  practiceStorage,
  recordAnswer,
  restartWith,
  type PracticeProgress,
} from '../../lib/quiz/practice-progress.ts';
import { isCorrect, type Answer } from '../../lib/quiz/scoring.ts';
import { seededRandom, stableHash } from '../../lib/quiz/seeded-random.ts';
import { shuffle } from '../../lib/quiz/shuffle.ts';
import { browserStore, readRecord, writeRecord } from '../../lib/storage/versioned-storage.ts';
import { keyOf } from './key-of.ts';
import QuestionView, { Explanation } from './QuestionView.tsx';
import type { Locale } from '../../i18n/locales.ts';
import type { QuizItem, QuizLabels } from './types.ts';

interface Props {
  setId: string;
  lang: Locale;
  items: QuizItem[];
  labels: QuizLabels;
}

/** Practice on a phone: one question at a time, instant feedback, a review of wrong answers, saved on the device. */
export default function QuizPractice({ setId, lang, items, labels }: Props) {
  const schema = practiceStorage(setId);
  const [progress, setProgress] = useState<PracticeProgress>(schema.empty());
  const [notice, setNotice] = useState<string>();
  const [draft, setDraft] = useState<Answer>();
  const [bookOpen, setBookOpen] = useState(false);

  useEffect(() => {
    const result = readRecord(schema, browserStore());
    // Checked against the questions as they are: an answer to an option that does not exist is dropped.
    const checked = checkProgress(result.data, Object.fromEntries(items.map((item) => [item.id, keyOf(item)])));
    setProgress(checked.progress);
    if (result.problem === 'corrupt' || result.problem === 'newer-version') setNotice(labels.corrupt);
    else if (checked.dropped)
      setNotice(formatMessage(labels.answersDropped, { count: checked.dropped }, formatFor(lang).count));
    if (result.problem === 'unavailable') setNotice(labels.notSaved);
  }, [setId]);

  const save = (next: PracticeProgress) => {
    setProgress(next);
    if (!writeRecord(schema, browserStore(), next)) setNotice(labels.notSaved);
  };
  const review = progress.review;
  const list = review ? items.filter((item) => review.includes(item.id)) : items;
  const index = Math.min(progress.index, list.length);
  const item = list[index];
  const wrongItems = items.filter((i) => progress.wrong.includes(i.id));

  // The 错题本: at the end of the set, and at any time from its button.
  const book = (
    <>
      <h3>{labels.review}</h3>
      {wrongItems.length === 0 ? (
        <p>{labels.reviewEmpty}</p>
      ) : (
        <ul class="review-list">
          {wrongItems.map((i) => (
            <li key={i.id}>{i.prompt[lang]}</li>
          ))}
        </ul>
      )}
      <p class="actions">
        {wrongItems.length > 0 && (
          <button
            type="button"
            class="button primary"
            onClick={() => {
              setBookOpen(false);
              setDraft(undefined);
              save(
                restartWith(
                  progress,
                  wrongItems.map((i) => i.id),
                ),
              );
            }}
          >
            {labels.practiseWrong}
          </button>
        )}{' '}
        {review && (
          <button
            type="button"
            class="button"
            onClick={() => {
              setBookOpen(false);
              save(practiseAll(progress));
            }}
          >
            {labels.practiceAll}
          </button>
        )}{' '}
        <button
          type="button"
          class="button"
          onClick={() => {
            setBookOpen(false);
            save(schema.empty());
          }}
        >
          {labels.restart}
        </button>
      </p>
    </>
  );

  if (!item) {
    const answered = list.filter((i) => progress.answers[i.id]);
    const right = answered.filter((i) => progress.answers[i.id]!.correct).length;
    return (
      <section class="practice-done" aria-live="polite">
        {notice && (
          <p class="note" role="status">
            {notice}
          </p>
        )}
        <h2>{labels.finished}</h2>
        <p class="score">{formatMessage(labels.score, { right, total: list.length }, formatFor(lang).count)}</p>
        {book}
      </section>
    );
  }

  const saved = progress.answers[item.id];
  const answer = saved?.answer ?? draft;
  const check = () => {
    if (!answer) return;
    save(recordAnswer(progress, item.id, answer, isCorrect(keyOf(item), answer)));
  };
  const move = (to: number) => {
    setDraft(undefined);
    save(goTo(progress, to, list.length));
  };

  return (
    <section class="practice">
      {notice && (
        <p class="note" role="status">
          {notice}
        </p>
      )}
      <p class="position" aria-live="polite">
        {review && <span class="review-mode">{labels.practiseWrong} · </span>}
        {index + 1} / {list.length}{' '}
        <button
          type="button"
          class="button book-button"
          aria-expanded={bookOpen}
          onClick={() => setBookOpen(!bookOpen)}
        >
          {labels.review} ({wrongItems.length})
        </button>
      </p>
      {bookOpen && (
        <section class="review-book" aria-label={labels.review}>
          {book}
        </section>
      )}
      <progress class="bar" max={list.length} value={index} aria-hidden="true" />
      <QuestionView
        item={item}
        lang={lang}
        labels={labels}
        order={practiceOrder(item)}
        answer={answer}
        onAnswer={setDraft}
        checked={!!saved}
        number={index + 1}
      />
      {saved && <Explanation item={item} lang={lang} labels={labels} correct={saved.correct} />}
      <p class="actions">
        {index > 0 && (
          <button type="button" class="button" onClick={() => move(index - 1)}>
            {labels.previous}
          </button>
        )}{' '}
        {saved ? (
          <button type="button" class="button primary" onClick={() => move(index + 1)}>
            {labels.next}
          </button>
        ) : (
          <button type="button" class="button primary" onClick={check} disabled={!answer}>
            {labels.check}
          </button>
        )}
      </p>
    </section>
  );
}

/** Options in an order of their own per question, the same on every visit: authors tend to put the right one first. */
const practiceOrder = (item: QuizItem) => shuffle([...item.options.keys()], seededRandom(stableHash(item.id)));
