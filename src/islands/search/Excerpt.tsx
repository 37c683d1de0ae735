import type { Segment } from '../../lib/search/excerpt.ts';

/** Excerpt text with the matches in <mark>. Every piece is a text node: page text is never parsed as HTML. */
export function Excerpt({ segments, lang }: { segments: Segment[]; lang: string }) {
  return (
    <p class="search-excerpt" lang={lang}>
      {segments.map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </p>
  );
}
