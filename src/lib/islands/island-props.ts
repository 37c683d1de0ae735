/**
 * An island's props cross from the build to the browser as JSON (src/components/Island.astro). JSON
 * drops functions and `undefined`, and turns a Date, Map or Set into something else, silently; this
 * names the first such value instead, so the build fails rather than the island receiving other props.
 */
export function islandPropsProblem(value: unknown, path = 'props'): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is ${value}, not a finite number`;
  if (value === undefined) return undefined; // an absent prop: JSON leaves it out, as the component expects
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      if (item === undefined) return `${path}[${index}] is undefined (JSON would make it null)`;
      const problem = islandPropsProblem(item, `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const problem = islandPropsProblem(item, `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  const kind = typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
  return `${path} is a ${kind}, which JSON cannot carry: pass plain strings, numbers, booleans, arrays and objects`;
}

/** The props as the JSON text of a `<script type="application/json">`: no `<` can close the element. */
export const islandPropsJson = (props: object): string => JSON.stringify(props).replace(/</g, '\\u003c');
