/**
 * The ready text of a problem report: what a reader copies into WeChat or sends by SMS or e-mail,
 * so the brigade learns which page, which language, which version and which sentence.
 */
export interface ReportFacts {
  url: string;
  /** Language of the page, e.g. `bo`. */
  lang: string;
  version: string;
  /** The sentence in question; the reader fills it in when the page cannot. */
  sentence?: string;
}

/** Stands where the sentence goes until the reader (or site.js, from the selection) fills it in. */
export const SENTENCE_PLACEHOLDER = '（请把有问题的句子粘贴在这里 / ནོར་འཁྲུལ་ཡོད་པའི་ཚིག་གྲུབ་འདིར་སྦྱར）';

// Each label in both languages; the Tibetan one ends with a shad, not a colon (the text rules).
export function reportText(facts: ReportFacts): string {
  return [
    '藏文问题报告 / བོད་ཡིག་གི་ནོར་འཁྲུལ་སྙན་ཞུ',
    `页面 / ཤོག་ངོས། ${facts.url}`,
    `语言 / སྐད་ཡིག། ${facts.lang}`,
    `版本 / པར་གཞི། ${facts.version}`,
    `句子 / ཚིག་གྲུབ། ${facts.sentence?.trim() || SENTENCE_PLACEHOLDER}`,
    '问题 / ནོར་འཁྲུལ། ',
  ].join('\n');
}

/** Links that open the phone's SMS app or the mail program with the text filled in. */
export function reportLinks(text: string, to: { email: string; phone: string }) {
  const body = encodeURIComponent(text);
  return {
    // `?&body=` is read by both Android and iOS messaging apps.
    sms: `sms:${to.phone}?&body=${body}`,
    mail: `mailto:${to.email}?subject=${encodeURIComponent('藏文问题 / བོད་ཡིག')}&body=${body}`,
  };
}
