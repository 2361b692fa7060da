import { describe, expect, it } from "vitest";
import { courseIdentifierOf, type ParticipantEnrolment } from "../src/index.ts";
import { participant } from "./support/fixtures.ts";

describe("courseIdentifierOf", () => {
  it("gives ecf-induction for an ECT enrolment and ecf-mentor for a mentor's", () => {
    const [ect] = participant(1).attributes.ecf_enrolments as ParticipantEnrolment[];
    expect(ect && courseIdentifierOf(ect)).toBe("ecf-induction");
    expect(courseIdentifierOf({ participant_type: "ect" })).toBe("ecf-induction");
    expect(courseIdentifierOf({ participant_type: "mentor" })).toBe("ecf-mentor");
  });

  it("refuses a participant_type the API does not send", () => {
    const stray = { participant_type: "teacher" } as unknown as ParticipantEnrolment;
    expect(() => courseIdentifierOf(stray)).toThrow(
      new RangeError('participant_type must be "ect" or "mentor", got "teacher"'),
    );
  });
});
