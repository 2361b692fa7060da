import { SimpleFaker } from "@faker-js/faker";
import {
  type NpqCohort,
  type NpqCourseIdentifier,
  type NpqCourseTerms,
  npqContractedCourses,
  npqDefaultCourseTerms,
} from "@lpkit/engine";
import { textHash } from "../plan-contract-terms.ts";

/** DfE's seeds pay this course apart ("standalone payments") in this cohort (payment rules §6.1). */
const SPECIAL_COURSE = { course: "npq-leading-primary-mathematics", startYear: 2023 } as const;

/**
 * A lead provider's NPQ contract terms in one cohort, per course it offers (payment rules §6.1): the course group's
 * periods and percentages, as DfE's bulk creator sets them, with a price, recruitment target and instalments varied
 * like real contracts (illustrative: real prices are not published), an explicit monthly service fee on some, and
 * DfE's seeds' special course.
 *
 * One generator per lead provider and cohort, seeded with the world's seed: the same seed always gives the same
 * terms, and drawing them changes none of the world's other random choices.
 */
export function seededNpqContractTerms(
  seed: number,
  leadProviderId: string,
  cohort: NpqCohort,
): Partial<Record<NpqCourseIdentifier, NpqCourseTerms>> {
  const faker = new SimpleFaker();
  faker.seed([seed, textHash(leadProviderId), textHash(cohort.id)]);
  const whole = (min: number, max: number, step = 1) => faker.number.int({ min: min / step, max: max / step }) * step;
  const terms: Partial<Record<NpqCourseIdentifier, NpqCourseTerms>> = {};
  for (const course of npqContractedCourses(cohort.startYear)) {
    const recruitmentTarget = whole(40, 600, 10);
    const serviceFeeInstallments = whole(18, 24);
    terms[course] = {
      ...npqDefaultCourseTerms(course),
      recruitmentTarget,
      feePerParticipant: `${whole(600, 2400, 5)}.00`,
      serviceFeeInstallments,
      monthlyServiceFee: faker.datatype.boolean({ probability: 0.2 }) ? `${whole(500, 20_000, 50)}.00` : null,
      specialCourse: course === SPECIAL_COURSE.course && cohort.startYear === SPECIAL_COURSE.startYear,
    };
  }
  return terms;
}
