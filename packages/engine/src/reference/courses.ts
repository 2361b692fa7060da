/** A participant can train in two roles, each with its own training periods, funding and declarations. */
export const ROLES = ["ect", "mentor"] as const;
export type Role = (typeof ROLES)[number];

export const COURSE_IDENTIFIERS = ["ecf-induction", "ecf-mentor"] as const;
export type CourseIdentifier = (typeof COURSE_IDENTIFIERS)[number];

/** `ecf-induction` → ECT, `ecf-mentor` → mentor; anything else is treated as missing by the service. */
export function roleOfCourse(courseIdentifier: string | undefined): Role | null {
  if (courseIdentifier === "ecf-induction") {
    return "ect";
  }
  if (courseIdentifier === "ecf-mentor") {
    return "mentor";
  }
  return null;
}

export function courseOfRole(role: Role): CourseIdentifier {
  return role === "ect" ? "ecf-induction" : "ecf-mentor";
}
