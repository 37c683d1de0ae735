/** Deployment settings, read at build time from the environment (see README, Deploy). */
export const SITE_CONFIG = {
  /**
   * Where readers report a problem with a Tibetan draft. Set FEEDBACK_EMAIL to the brigade's
   * publicity address; without it the mail opens with the page address filled in and no recipient.
   */
  feedbackEmail: process.env['FEEDBACK_EMAIL'] ?? '',
  /** Shown in the footer and on the offline page; changes with every deployment. */
  version: process.env['SITE_VERSION'] ?? new Date().toISOString().slice(0, 10),
} as const;
