import type { Audience } from '../i18n/audiences.ts';
import type { IconName } from './icon-set.ts';

/** The picture that stands for each 七进 audience. */
export const AUDIENCE_ICON: Record<Audience, IconName> = {
  agencies: 'office',
  schools: 'school',
  communities: 'community',
  enterprises: 'factory',
  pastoral: 'tent',
  households: 'house',
  scenic: 'scenic',
};
