/** What a page or island needs to write numbers, dates and sizes for a reader in one language. */
export interface LocaleFormat {
  /** A whole or decimal number in the language's digits, e.g. ༡༢ or 12. */
  number: (value: number, fractionDigits?: number) => string;
  /** A count in running text (results, questions, scores, ranks), as JavaScript writes it, in the language's digits. */
  count: (value: number) => string;
  /** A calendar date in the reader's time zone: 2026年12月3日 / སྤྱི་ལོ་ ༢༠༢༦ ཟླ་ ༡༢ ཚེས་ ༣ */
  date: (date: Date) => string;
  /** The date and the time of day (24-hour clock). */
  dateTime: (date: Date) => string;
  /** A size on a data plan or in storage: KB below 1 MB, MB below 1 GB, then GB. */
  bytes: (bytes: number) => string;
}
