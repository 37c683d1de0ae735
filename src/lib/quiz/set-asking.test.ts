import { expect, it } from 'vitest';
import { setAsking } from './set-asking.ts';

const sets = [
  { id: 'schools', data: { questions: ['basic-01', 'home-02'] } },
  { id: 'general', data: { questions: ['basic-01', 'law-03'] } },
];

it.each([
  ['basic-01', 'general'],
  ['home-02', 'schools'],
  ['law-03', 'general'],
  ['nowhere-09', undefined],
])('question %s leads to set %s (first by id, whatever order the sets came in)', (question, set) => {
  expect(setAsking(sets)(question)).toBe(set);
});
