import { useEffect, useRef } from 'preact/hooks';
import { presenterCommand, type PresenterCommand } from '../../lib/presenter/presenter-keys.ts';

/**
 * Calls `onCommand` for the keys of lib/presenter/presenter-keys.ts while `active`; `onCommand`
 * says whether it used the key. Typing in a form field is left alone.
 */
export function usePresenterKeys(active: boolean, onCommand: (command: PresenterCommand) => boolean) {
  // The latest handler, without re-adding the listener on every render.
  const handler = useRef(onCommand);
  handler.current = onCommand;
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      const command = presenterCommand(event);
      // Space and arrows would otherwise also press a focused button or scroll; F5 would reload.
      if (command && handler.current(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
