import type { AstroIntegration } from 'astro';
import { SITE_CONFIG } from '../site.config.ts';

/**
 * Warns at build time when problem reports would reach nobody: without FEEDBACK_EMAIL the report's
 * e-mail has no recipient (copying into WeChat and SMS still work).
 */
export function feedbackAddress(): AstroIntegration {
  return {
    name: 'feedback-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!SITE_CONFIG.feedbackEmail)
          logger.warn(
            'FEEDBACK_EMAIL is not set: "report a problem" on Tibetan drafts opens an e-mail with no recipient. ' +
              'Fix: FEEDBACK_EMAIL=<the brigade publicity address> npm run build (FEEDBACK_PHONE adds an SMS number).',
          );
        else
          logger.info(
            `problem reports go to ${SITE_CONFIG.feedbackEmail}${SITE_CONFIG.feedbackPhone ? ` and SMS ${SITE_CONFIG.feedbackPhone}` : ''}`,
          );
      },
    },
  };
}
