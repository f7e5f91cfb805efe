/** Hours of learning, and the hours a week a person gives it. */

/** Weeks at the person's hours a week, rounded up; null where the hours are unknown. */
export function weeksAt(hours: number | null, hoursPerWeek: number): number | null {
  return hours === null ? null : Math.ceil(hours / hoursPerWeek);
}
