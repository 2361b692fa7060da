/**
 * @module
 * From an enrolment to the `course_identifier` the API's write endpoints take for it. An enrolment names its role
 * (`participant_type: "ect" | "mentor"`), the writes name the course: one per role.
 */
import type { CourseIdentifier, ParticipantEnrolment, ParticipantType } from "./generated/ecf-v3.ts";

const COURSE_BY_PARTICIPANT_TYPE: Readonly<Record<ParticipantType, CourseIdentifier>> = {
  ect: "ecf-induction",
  mentor: "ecf-mentor",
};

/**
 * The course identifier of an enrolment (an entry of a participant's `ecf_enrolments`): `"ecf-induction"` for an
 * ECT, `"ecf-mentor"` for a mentor.
 *
 * @throws RangeError when `participant_type` is neither `"ect"` nor `"mentor"` (data not from the API).
 * @example
 * for (const enrolment of participant.attributes.ecf_enrolments) {
 *   const course_identifier = courseIdentifierOf(enrolment);
 * }
 */
export function courseIdentifierOf(enrolment: Pick<ParticipantEnrolment, "participant_type">): CourseIdentifier {
  const type: unknown = enrolment.participant_type;
  if (type === "ect" || type === "mentor") {
    return COURSE_BY_PARTICIPANT_TYPE[type];
  }
  throw new RangeError(`participant_type must be "ect" or "mentor", got ${JSON.stringify(type)}`);
}
