/**
 * Runs `task` on every item with at most `limit` running at once: on 2G a few requests in flight hide
 * each round trip's wait, hundreds at once only compete. After the first failure no new task starts;
 * the ones already running are awaited, so the caller knows everything that was done (a partial save
 * it may have to remove), then the first error is thrown.
 */
export async function runBounded<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        await task(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failure) throw failure.error;
}
