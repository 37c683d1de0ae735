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
  validate: (data) => {
    if (!data || typeof data !== 'object') return undefined;
    const { ticked, updated } = data as Partial<ChecklistTicks>;
    if (!Array.isArray(ticked) || !ticked.every((id) => typeof id === 'string')) return undefined;
    if (updated !== null && typeof updated !== 'string') return undefined;
    return { ticked, updated };
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
