import { z } from 'astro/zod';
import { bilingualText, icon } from './common.ts';

/** One big-screen slide; a playlist file (`content/slides/<playlist>.yaml`) holds several. */
export const slideSchema = z.object({
  message: bilingualText,
  icon: icon.default('flame'),
  /** Seconds on screen. */
  seconds: z.number().int().min(3).max(120).default(12),
  /** Site path the QR code points to, e.g. `/guides/winter-stoves/` (the language is added). */
  link: z
    .string()
    .regex(/^\/[a-z0-9/-]*$/)
    .optional(),
});

export const playlistSchema = z.object({
  title: z.object({ zh: z.string(), bo: z.string() }),
  slides: z.array(slideSchema).min(1),
});
export type Playlist = z.infer<typeof playlistSchema>;
