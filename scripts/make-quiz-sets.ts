import type { Locale } from '@/i18n/locales.ts';
/**
 * `node scripts/make-quiz-sets.ts`: (re)writes content/quiz/sets/ from the questions' tags — one basic
 * set per 七进 audience, a general set for everyone, and an advanced set on the law. Editors may edit
 * the result by hand afterwards; run this again only to start over.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { AUDIENCES } from '../src/i18n/audiences.ts';
import { withoutRepeatedFacts, type BankQuestion } from '../src/lib/quiz/set-balance.ts';
import { endTibetanPhrase } from '../src/lib/format/phrases.ts';

interface Question extends BankQuestion {
  audiences: string[];
  difficulty: number;
}
const questions: Question[] = readdirSync('content/quiz/questions')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    ...(parse(readFileSync(`content/quiz/questions/${name}`, 'utf8')) as Omit<Question, 'id'>),
  }))
  .sort((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id));
/**
 * A set rides in its page's HTML, which a phone on 2G downloads first: keep sets to 40 questions,
 * taken round-robin from each author's series (law-, home-, biz-, …) so a set mixes topics, and one
 * question per fact (`covers`), so a set never asks the same thing twice.
 */
const MAX_SET = 40;
const capped = (list: Question[]) => {
  const series = new Map<string, Question[]>();
  for (const q of list) series.set(q.id.split('-')[0]!, [...(series.get(q.id.split('-')[0]!) ?? []), q]);
  const mixed: Question[] = [];
  for (let round = 0; mixed.length < list.length; round++)
    for (const qs of series.values()) if (qs[round]) mixed.push(qs[round]!);
  return withoutRepeatedFacts(mixed)
    .slice(0, MAX_SET)
    .map((q) => q.id);
};
const hubTitle = (lang: Locale, audience: string) =>
  String(
    (parse(readFileSync(`content/campaign/${lang}/${audience}.md`, 'utf8').split('---')[1]!) as { title: string })
      .title,
  );

const sets: Record<string, object> = {};
for (const audience of AUDIENCES) {
  const ids = capped(questions.filter((q) => q.audiences.includes(audience) && q.difficulty <= 2));
  sets[audience] = {
    title: {
      zh: `${hubTitle('zh', audience)} · 答题`,
      bo: `${endTibetanPhrase(hubTitle('bo', audience))} དྲི་བ་ལན་འདེབས`,
      status: 'draft',
    },
    audience,
    level: 'basic',
    questions: ids,
    examSize: Math.min(10, ids.length),
  };
}
const general = capped(questions.filter((q) => q.difficulty === 1));
sets['general'] = {
  title: { zh: '人人都该知道的消防常识', bo: 'མི་ཚང་མས་ཤེས་དགོས་པའི་མེ་ཟོན་ཤེས་བྱ', status: 'draft' },
  level: 'basic',
  questions: general,
  examSize: Math.min(15, general.length),
};
const law = withoutRepeatedFacts(questions.filter((q) => q.id.startsWith('law-'))).map((q) => q.id);
sets['law-advanced'] = {
  title: { zh: '《消防法》提高题', bo: 'མེ་ཟོན་བཅའ་ཁྲིམས། མཐོ་རིམ་དྲི་བ', status: 'draft' },
  level: 'advanced',
  questions: law,
  examSize: Math.min(20, law.length),
  passMark: 0.7,
  examMinutes: 20,
};
mkdirSync('content/quiz/sets', { recursive: true });
for (const [slug, set] of Object.entries(sets)) {
  const count = (set as { questions: string[] }).questions.length;
  // A set needs at least 5 questions (src/schemas/quiz.ts); a thinner one waits for more questions.
  if (count < 5) {
    rmSync(`content/quiz/sets/${slug}.yaml`, { force: true });
    console.log(`make-quiz-sets: ${slug} skipped, only ${count} questions`);
    continue;
  }
  writeFileSync(`content/quiz/sets/${slug}.yaml`, stringify(set));
  console.log(`make-quiz-sets: ${slug} ${(set as { questions: string[] }).questions.length} questions`);
}
