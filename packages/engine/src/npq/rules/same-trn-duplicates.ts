/**
 * A same-TRN duplicate (NPQ rules §5.3): another person with the same TRN already has a declaration of this type for
 * this course (EHCO and ASO as one) that is submitted, eligible, payable or paid and not itself a duplicate. The new
 * declaration is then `ineligible`, superseded by the oldest of them.
 */
import type { NpqDeclaration, NpqDeclarationState } from "../model/declaration.ts";
import type { NpqUser } from "../model/user.ts";
import { type NpqWorld, npqLookup } from "../model/world.ts";
import { type NpqCourseIdentifier, npqCoursesEquivalent } from "../reference/courses.ts";
import type { NpqDeclarationType } from "../reference/schedules.ts";

const DUPLICATED_STATES: readonly NpqDeclarationState[] = ["submitted", "eligible", "payable", "paid"];

export function npqSameTrnDeclaration(
  world: NpqWorld,
  user: NpqUser,
  courseIdentifier: NpqCourseIdentifier,
  declarationType: NpqDeclarationType,
): NpqDeclaration | undefined {
  if (user.trn === null) {
    return undefined;
  }
  const others = npqLookup(world, "usersByTrn", user.trn).filter((other) => other.id !== user.id);
  // The index keeps each person's declarations in creation order; the oldest across people wins.
  return others
    .flatMap((other) => npqLookup(world, "declarationsByUser", other.id))
    .filter(
      (declaration) =>
        declaration.declarationType === declarationType &&
        npqCoursesEquivalent(declaration.courseIdentifier, courseIdentifier) &&
        DUPLICATED_STATES.includes(declaration.state) &&
        declaration.supersededById === null,
    )
    .sort((a, b) => (a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt)))
    .at(0);
}
