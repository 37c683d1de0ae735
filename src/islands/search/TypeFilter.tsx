import { SEARCH_TYPES, type SearchType } from '../../lib/search/search-record.ts';

interface Props {
  legend: string;
  allLabel: string;
  typeLabels: Record<SearchType, string>;
  counts: Record<SearchType | 'all', number>;
  /** Writes a count in the page's digits. */
  count: (value: number) => string;
  value: SearchType | undefined;
  onChange: (type: SearchType | undefined) => void;
}

/** Radio buttons: all results, or one kind of page that has results, each with its count. */
export function TypeFilter({ legend, allLabel, typeLabels, counts, count: writeCount, value, onChange }: Props) {
  const options: [SearchType | undefined, string, number][] = [
    [undefined, allLabel, counts.all],
    // A kind with no results is no choice, unless it is the one chosen (the address may say so).
    ...SEARCH_TYPES.filter((type) => counts[type] > 0 || type === value).map((type): [SearchType, string, number] => [
      type,
      typeLabels[type],
      counts[type],
    ]),
  ];
  return (
    <fieldset class="search-filter">
      <legend>{legend}</legend>
      {options.map(([type, label, count]) => (
        <label key={type ?? 'all'}>
          <input type="radio" name="type" value={type ?? ''} checked={value === type} onChange={() => onChange(type)} />
          <span>
            {label} <span class="search-count">({writeCount(count)})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
