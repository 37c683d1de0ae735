/** Deployment settings, read at build time from the environment (see README, Deploy). */
export const SITE_CONFIG = {
  /**
   * Where readers report a problem with a Tibetan draft. Set FEEDBACK_EMAIL to the brigade's
   * publicity address; without it the mail opens with the page address filled in and no recipient.
   */
  feedbackEmail: process.env['FEEDBACK_EMAIL'] ?? '',
  /** A mobile number for problem reports by SMS (FEEDBACK_PHONE); without it the SMS app asks. */
  feedbackPhone: process.env['FEEDBACK_PHONE'] ?? '',
  /**
   * The day the site is built (YYYY-MM-DD), which decides which notices are current. BUILD_DATE
   * builds the site as of another day (a test, or a site prepared ahead of a campaign).
   */
  buildDay: process.env['BUILD_DATE'] ?? new Date().toISOString().slice(0, 10),
} as const;
