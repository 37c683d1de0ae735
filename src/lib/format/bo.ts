import { splitBytes } from './bytes.ts';
import type { LocaleFormat } from './types.ts';

/** ASCII digits to Tibetan digits ༠–༩ (U+0F20–0F29); every other character is kept. */
export const tibetanDigits = (text: string): string =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0f20 + Number(d)));

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Tibetan: Intl has no `bo` date data worth using (it mixes ASCII digits into Tibetan words), so the
 * forms are written here. Dates follow PRC Tibetan usage: the Western year (སྤྱི་ལོ་), month and day by
 * number (ཟླ་ ༡༢ ཚེས་ ༣), in Tibetan digits with spaces around numbers (tibetan-text-rules §5–6).
 * Phone numbers are not formatted here: they stay ASCII so they can be dialled.
 */
export const boFormat: LocaleFormat = {
  number: (value, fractionDigits = 0) => tibetanDigits(value.toFixed(fractionDigits)),
  count: (value) => tibetanDigits(String(value)),
  date: (d) => tibetanDigits(`སྤྱི་ལོ་ ${d.getFullYear()} ཟླ་ ${d.getMonth() + 1} ཚེས་ ${d.getDate()}`),
  dateTime: (d) => `${boFormat.date(d)} ཆུ་ཚོད་ ${tibetanDigits(`${pad(d.getHours())}:${pad(d.getMinutes())}`)}`,
  bytes: (bytes) => {
    const size = splitBytes(bytes);
    return size ? `${tibetanDigits(size.value.toFixed(size.fractionDigits))} ${size.unit}` : '–';
  },
};
