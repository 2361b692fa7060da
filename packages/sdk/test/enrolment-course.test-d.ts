import { describe, expectTypeOf, it } from "vitest";
import { type CourseIdentifier, courseIdentifierOf, type ParticipantEnrolment } from "../src/index.ts";

describe("courseIdentifierOf types", () => {
  it("takes an enrolment (or anything with its participant_type) and returns a course identifier", () => {
    expectTypeOf(courseIdentifierOf).parameter(0).toExtend<Pick<ParticipantEnrolment, "participant_type">>();
    expectTypeOf(courseIdentifierOf({ participant_type: "mentor" })).toEqualTypeOf<CourseIdentifier>();
    // @ts-expect-error: the API's participant types are "ect" and "mentor"
    courseIdentifierOf({ participant_type: "teacher" });
  });
});
