/** Where one Tibetan text stands against its Chinese source. */
export type TranslationState = 'unmarked' | 'outdated' | 'draft' | 'reviewed';

export interface TranslationMarks {
  status?: string | undefined;
  /** The source hash written when the translator finished. */
  sourceHash?: string | undefined;
}

/**
 * `outdated` wins over the review status: a reviewed translation of an older Chinese text is no
 * longer what the Chinese says. `unmarked` means nobody recorded which version was translated.
 */
export function translationState(marks: TranslationMarks, currentSourceHash: string): TranslationState {
  if (!marks.sourceHash) return 'unmarked';
  if (marks.sourceHash !== currentSourceHash) return 'outdated';
  return marks.status === 'reviewed' ? 'reviewed' : 'draft';
}
