import { describe, expect, it } from 'vitest';
import { PAGE_REVISION, withPageRevision } from './page-revision.ts';

const page = (text: string) =>
  `<main>${text}</main><footer>版本 ${PAGE_REVISION}</footer><a href="sms:?&body=${encodeURIComponent(`版本 ${PAGE_REVISION}`)}">`;

describe('withPageRevision', () => {
  it('writes the same hash everywhere the page names its version, in text and in an encoded link', () => {
    const built = withPageRevision(page('封炉闷火最危险'))!;
    expect(built.revision).toMatch(/^[0-9a-f]{12}$/);
    expect(built.html).not.toContain(PAGE_REVISION);
    expect(built.html.split(built.revision)).toHaveLength(3);
  });

  it('gives the same page the same version on every build, and a changed page another', () => {
    expect(withPageRevision(page('a'))!.revision).toBe(withPageRevision(page('a'))!.revision);
    expect(withPageRevision(page('a'))!.revision).not.toBe(withPageRevision(page('b'))!.revision);
  });

  it('leaves a page that names no version alone', () => {
    expect(withPageRevision('<main>screen</main>')).toBeUndefined();
  });
});
