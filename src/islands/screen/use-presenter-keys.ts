import { useEffect, useRef } from 'preact/hooks';
import { presenterCommand, type PresenterCommand } from '../../lib/screen/presenter-command.ts';

/** Calls `onCommand` for presenter keys (see presenter-command.ts) while the show runs. */
export function usePresenterKeys(active: boolean, onCommand: (command: PresenterCommand) => void) {
  // The latest handler, without re-adding the listener on every render.
  const handler = useRef(onCommand);
  handler.current = onCommand;
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      const command = presenterCommand(event);
      if (!command) return;
      // Space and arrows would otherwise also press a focused button or scroll.
      event.preventDefault();
      handler.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
