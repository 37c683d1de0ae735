/**
 * Why an offline save stopped, so the page says the right thing: a full phone is not a lost network
 * (pressing again cannot help), and a deployment that changed under the save needs a reload.
 */
export type SaveFailure = { kind: 'full'; needed: number; free: number } | { kind: 'network' } | { kind: 'changed' };

/** A storage-full error as browsers throw it (DOMException QuotaExceededError; old Firefox code 1014). */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * Classifies a failed save. `remaining` is what the save still had to store; the room it needs is
 * their size, and the room free comes from the browser's estimate (0 when it gives none).
 */
export async function classifySaveFailure(
  error: unknown,
  remaining: readonly { bytes: number }[],
  estimate: () => Promise<{ usage: number; quota: number } | undefined>,
): Promise<SaveFailure> {
  if (!isQuotaError(error)) return { kind: 'network' };
  const needed = remaining.reduce((sum, file) => sum + file.bytes, 0);
  const space = await estimate().catch(() => undefined);
  return { kind: 'full', needed, free: space ? Math.max(0, space.quota - space.usage) : 0 };
}
