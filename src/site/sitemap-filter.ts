import { href } from './routes.ts';

/** Whether a built page belongs in the sitemap: the editor and the translators' review list are for staff. */
export const inSitemap = (page: string): boolean =>
  !new URL(page, 'https://site.invalid').pathname.startsWith(href.admin());
