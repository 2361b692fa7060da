/**
 * The twelve NPQ courses and their four groups (NPQ rules §7.1). A course's group decides its schedules, the
 * declaration types they allow and whether it has outcomes. EHCO replaced ASO: the service treats the two as one
 * course for previous funding, the accept blocking check, a declaration's application and same-TRN duplicates
 * (`npqCoursesEquivalent`), but NOT for the participant actions or the rejection of other applications on accept.
 */
export const NPQ_COURSE_GROUPS = ["leadership", "specialist", "ehco", "support"] as const;
export type NpqCourseGroup = (typeof NPQ_COURSE_GROUPS)[number];

/** The course identifiers in the order of `spec/npq-v3.yaml`'s `CourseIdentifier`, each with its group. */
export const NPQ_COURSES = [
  { identifier: "npq-early-years-leadership", group: "leadership" },
  { identifier: "npq-executive-leadership", group: "leadership" },
  { identifier: "npq-headship", group: "leadership" },
  { identifier: "npq-senior-leadership", group: "leadership" },
  { identifier: "npq-senco", group: "leadership" },
  { identifier: "npq-leading-behaviour-culture", group: "specialist" },
  { identifier: "npq-leading-literacy", group: "specialist" },
  { identifier: "npq-leading-primary-mathematics", group: "specialist" },
  { identifier: "npq-leading-teaching", group: "specialist" },
  { identifier: "npq-leading-teaching-development", group: "specialist" },
  { identifier: "npq-early-headship-coaching-offer", group: "ehco" },
  { identifier: "npq-additional-support-offer", group: "support" },
] as const satisfies readonly { identifier: string; group: NpqCourseGroup }[];

export type NpqCourseIdentifier = (typeof NPQ_COURSES)[number]["identifier"];

export const NPQ_COURSE_IDENTIFIERS: readonly NpqCourseIdentifier[] = NPQ_COURSES.map((course) => course.identifier);

const GROUP_BY_COURSE = new Map<string, NpqCourseGroup>(NPQ_COURSES.map((course) => [course.identifier, course.group]));

/** Whether a raw request value is exactly one of the twelve identifiers (no trimming, no case folding). */
export function isNpqCourseIdentifier(value: unknown): value is NpqCourseIdentifier {
  return typeof value === "string" && GROUP_BY_COURSE.has(value);
}

export function npqCourseGroupOf(course: NpqCourseIdentifier): NpqCourseGroup {
  return GROUP_BY_COURSE.get(course) as NpqCourseGroup;
}

const EHCO: NpqCourseIdentifier = "npq-early-headship-coaching-offer";
const ASO: NpqCourseIdentifier = "npq-additional-support-offer";

/** The courses the service counts as the same course as `course`: itself, and for EHCO or ASO the pair. */
export function npqEquivalentCourses(course: NpqCourseIdentifier): readonly NpqCourseIdentifier[] {
  return course === EHCO || course === ASO ? [EHCO, ASO] : [course];
}

/** Two courses are one for previous funding, the accept blocking check and declarations (NPQ rules §7.1). */
export function npqCoursesEquivalent(a: NpqCourseIdentifier, b: NpqCourseIdentifier): boolean {
  return npqEquivalentCourses(a).includes(b);
}

/** Outcomes (and `has_passed` on `completed`) exist for the leadership and specialist groups only. */
export function npqCourseHasOutcomes(course: NpqCourseIdentifier): boolean {
  const group = npqCourseGroupOf(course);
  return group === "leadership" || group === "specialist";
}
