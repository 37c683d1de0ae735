import { splitBytes } from './bytes.ts';
import type { LocaleFormat } from './types.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Chinese: ASCII digits, 2026年12月3日 and a 24-hour clock, as Chinese phones print them. */
export const zhFormat: LocaleFormat = {
  number: (value, fractionDigits = 0) => value.toFixed(fractionDigits),
  count: (value) => String(value),
  date: (d) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`,
  dateTime: (d) => `${zhFormat.date(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`,
  bytes: (bytes) => {
    const size = splitBytes(bytes);
    return size ? `${size.value.toFixed(size.fractionDigits)} ${size.unit}` : '–';
  },
};
