import type { VersionedSchema } from '../storage/versioned-storage.ts';

/** The longest name a certificate prints (the input's maxLength). */
export const NAME_MAX = 40;

/**
 * A name as it can be printed: no control characters (a newline or a bidi override would break the
 * certificate line), spaces collapsed, at most NAME_MAX characters. Undefined when nothing is left.
 */
export function cleanName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value
    .replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...name].slice(0, NAME_MAX).join('');
}

/** The name typed for certificates: kept on this device for the next exam, never sent anywhere. */
export const certificateNameStorage: VersionedSchema<{ name: string }> = {
  key: 'quiz:certificate-name',
  version: 1,
  validate: (data) => {
    if (!data || typeof data !== 'object') return undefined;
    const name = cleanName((data as { name?: unknown }).name);
    return name === undefined ? undefined : { name };
  },
  empty: () => ({ name: '' }),
};
