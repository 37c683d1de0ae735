import { validStoredTime } from '../storage/valid-date.ts';
import type { VersionedSchema } from '../storage/versioned-storage.ts';

/** What a resident has ticked on one checklist, and when. */
export interface ChecklistTicks {
  ticked: string[];
  /** ISO time of the last change, for the printed date. */
  updated: string | null;
}

export const checklistStorage = (slug: string): VersionedSchema<ChecklistTicks> => ({
  key: `checklist:${slug}`,
  version: 1,
  // The ticks are what matters: a time that is no time (it would crash the printed date) is dropped,
  // not the ticks with it, so the next tick saves them again instead of writing over them.
  validate: (data) => {
    if (!data || typeof data !== 'object') return undefined;
    const { ticked, updated } = data as Partial<ChecklistTicks>;
    if (!Array.isArray(ticked) || !ticked.every((id) => typeof id === 'string')) return undefined;
    return { ticked: [...new Set(ticked)], updated: validStoredTime(updated) ?? null };
  },
  empty: () => ({ ticked: [], updated: null }),
});

/** Ticks or unticks one item. */
export function toggleTick(state: ChecklistTicks, id: string, now: Date): ChecklistTicks {
  const ticked = state.ticked.includes(id) ? state.ticked.filter((t) => t !== id) : [...state.ticked, id];
  return { ticked, updated: now.toISOString() };
}

/** Ticked items that still exist on the checklist, out of all items (items may be edited between visits). */
export function progress(state: ChecklistTicks, itemIds: readonly string[]): { done: number; total: number } {
  return { done: itemIds.filter((id) => state.ticked.includes(id)).length, total: itemIds.length };
}
