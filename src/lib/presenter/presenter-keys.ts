/**
 * One key map for everything a presenter drives: the big-screen player and the classroom
 * competition. Presenter remotes send only a handful of keys (→ ← or PageDown/PageUp to page, "b"
 * or "." for a black screen, F5 and Esc from the "start/stop show" button); a keyboard adds letters
 * and digits (USB buzzer boxes type 1–8). Each player reads the commands it knows and ignores the rest.
 */
export type PresenterCommand =
  | 'next'
  | 'previous'
  | 'toggle-pause'
  | 'toggle-blank'
  | 'fullscreen'
  /** F5: the remote's "start show" button. */
  | 'start'
  /** Esc: the remote's "stop show" button (the browser also leaves full screen on it). */
  | 'stop'
  | 'right'
  | 'wrong'
  | 'undo'
  | 'timer'
  | 'languages'
  | 'round'
  | 'wager'
  | 'sound'
  | 'results'
  | `team-${number}`;

const COMMANDS: Record<string, PresenterCommand> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  ' ': 'toggle-pause',
  p: 'toggle-pause',
  b: 'toggle-blank',
  '.': 'toggle-blank',
  f: 'fullscreen',
  F5: 'start',
  Escape: 'stop',
  y: 'right',
  Enter: 'right',
  n: 'wrong',
  u: 'undo',
  t: 'timer',
  l: 'languages',
  r: 'round',
  w: 'wager',
  s: 'sound',
  e: 'results',
  ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [String(i + 1), `team-${i + 1}` as const])),
};

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>;

/**
 * The command for a key press. Letters count in either case (Caps Lock on a borrowed laptop).
 * Keys held with Ctrl, Alt or Meta are left to the browser (Ctrl+F finds, Ctrl+R reloads), except
 * Ctrl/⌘+Z, which undoes as everywhere else.
 */
export function presenterCommand(event: KeyPress): PresenterCommand | undefined {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (event.ctrlKey || event.metaKey) return !event.altKey && key === 'z' ? 'undo' : undefined;
  if (event.altKey) return undefined;
  return Object.hasOwn(COMMANDS, key) ? COMMANDS[key] : undefined;
}

/** The team (0-based) a `team-N` command names, or undefined for any other command. */
export function teamOf(command: PresenterCommand): number | undefined {
  const match = /^team-(\d)$/.exec(command);
  return match ? Number(match[1]) - 1 : undefined;
}
