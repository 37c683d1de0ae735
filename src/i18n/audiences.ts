/** The seven 七进 audiences, in the order of the county's campaign speech. */
export const AUDIENCES = [
  'agencies',
  'schools',
  'communities',
  'enterprises',
  'pastoral',
  'households',
  'scenic',
] as const;
export type Audience = (typeof AUDIENCES)[number];
