/** How close a person is to a role, from closest to farthest. */
export const readinessLevels = ['ready', 'stretch', 'long-shot'] as const;
export type Readiness = (typeof readinessLevels)[number];

/** Years of experience below which a role of this seniority is one readiness step further away. */
export const experienceNeeded = { entry: 0, mid: 2, senior: 5, lead: 8 } as const;
