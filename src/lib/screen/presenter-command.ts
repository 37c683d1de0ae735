export type PresenterCommand = 'next' | 'previous' | 'toggle-pause' | 'toggle-blank' | 'fullscreen';

/**
 * Keys of a keyboard and of presenter remotes, which send PageDown/PageUp or arrows to page, and
 * "b" or "." for a black screen.
 */
const COMMANDS: Record<string, PresenterCommand> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  ' ': 'toggle-pause',
  p: 'toggle-pause',
  P: 'toggle-pause',
  b: 'toggle-blank',
  B: 'toggle-blank',
  '.': 'toggle-blank',
  f: 'fullscreen',
  F: 'fullscreen',
};

/** The player command for a key press; keys held with Ctrl, Alt or Meta are left to the browser. */
export function presenterCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>,
): PresenterCommand | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  return Object.hasOwn(COMMANDS, event.key) ? COMMANDS[event.key] : undefined;
}
