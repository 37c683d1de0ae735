import { TRACKED_COLLECTIONS } from './tracked.ts';
import type { TranslationRecord } from './read-translations.ts';
import type { TranslationState } from './translation-state.ts';

const HEADINGS: Record<TranslationState, string> = {
  outdated: 'outdated 中文已更新',
  unmarked: 'unmarked 未记录译自哪一版',
  draft: 'draft 草稿',
  reviewed: 'reviewed 已审校',
};
const ORDER: TranslationState[] = ['outdated', 'unmarked', 'draft', 'reviewed'];

/** The `translation-status` report: one block per collection, outdated texts first. */
export function formatTranslationStatus(records: TranslationRecord[]): string {
  const lines: string[] = [];
  for (const tracked of TRACKED_COLLECTIONS) {
    const mine = records.filter((record) => record.collection === tracked.collection);
    if (!mine.length) continue;
    const counts = ORDER.map((state) => `${mine.filter((r) => r.state === state).length} ${state}`).join(', ');
    lines.push(`${tracked.collection} (${tracked.label}): ${mine.length} Tibetan texts: ${counts}`);
    for (const state of ORDER) {
      const inState = mine.filter((record) => record.state === state);
      if (!inState.length) continue;
      lines.push(`  ${HEADINGS[state]}:`);
      for (const record of inState) {
        const detail =
          state === 'outdated'
            ? ` (translated ${record.recordedHash}, Chinese now ${record.currentHash}: ${record.sourceFile})`
            : state === 'reviewed' && record.reviewed
              ? ` (${record.reviewed.by}, ${record.reviewed.date})`
              : '';
        lines.push(`    ${record.file}${detail}`);
      }
    }
  }
  const total = (state: TranslationState) => records.filter((record) => record.state === state).length;
  lines.push(
    `translation-status: ${records.length} Tibetan texts, ${ORDER.map((state) => `${total(state)} ${state}`).join(', ')}`,
  );
  return lines.join('\n');
}
