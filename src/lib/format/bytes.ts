const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

/**
 * A byte count split into the value and unit people read on a data plan: whole KB below 1 MB,
 * MB with one decimal below 1 GB, then GB with one decimal (a 10 GB quota is not "10240.5 MB").
 * The unit symbols are the ones phones print in both languages; each locale writes the digits.
 */
export function splitBytes(
  bytes: number,
): { value: number; fractionDigits: number; unit: 'KB' | 'MB' | 'GB' } | undefined {
  if (!Number.isFinite(bytes) || bytes < 0) return undefined;
  if (bytes < MB) return { value: Math.max(1, Math.round(bytes / KB)), fractionDigits: 0, unit: 'KB' };
  // Rounding 1023.96 MB to one decimal would print "1024.0 MB": move up a unit first.
  if (bytes < GB - 0.05 * MB) return { value: bytes / MB, fractionDigits: 1, unit: 'MB' };
  return { value: bytes / GB, fractionDigits: 1, unit: 'GB' };
}
