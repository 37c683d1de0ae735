import type { VersionedSchema } from '../storage/versioned-storage.ts';

/** The name typed for certificates: kept on this device for the next exam, never sent anywhere. */
export const certificateNameStorage: VersionedSchema<{ name: string }> = {
  key: 'quiz:certificate-name',
  version: 1,
  validate: (data) =>
    data && typeof data === 'object' && typeof (data as { name?: unknown }).name === 'string'
      ? { name: (data as { name: string }).name.slice(0, 40) }
      : undefined,
  empty: () => ({ name: '' }),
};
