import { useEffect } from 'preact/hooks';

/**
 * Keeps the display on while the show runs (Screen Wake Lock API). The browser drops the lock when
 * the page is hidden, so it is asked for again when the page is visible again. Where the API is
 * missing or refuses (battery saver, an old browser), the show simply runs without it.
 */
export function useWakeLock(active: boolean) {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let stopped = false;
    const request = async () => {
      if (document.visibilityState !== 'visible' || (lock && !lock.released)) return;
      try {
        const next = await navigator.wakeLock.request('screen');
        if (stopped) void next.release();
        else lock = next;
      } catch {
        // Refused: nothing to tell the audience; the screen's own power settings apply.
      }
    };
    const onVisibility = () => void request();
    void request();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void lock?.release().catch(() => undefined);
    };
  }, [active]);
}
