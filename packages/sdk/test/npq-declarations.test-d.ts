import { describe, expectTypeOf, it } from "vitest";
import {
  buildNpqDeclaration,
  type NpqClient,
  type NpqCourseIdentifier,
  type NpqDeclarationType,
  type NpqParticipantDeclarationCreateRequest,
} from "../src/index.ts";

// Short names keep each call on one line, where `@ts-expect-error` applies to the whole call.
const base = { participant_id: "p", declaration_date: "2025-10-14T09:00:00Z" } as const;
const headship = { ...base, course_identifier: "npq-headship" } as const;
const literacy = { ...base, course_identifier: "npq-leading-literacy" } as const;
const ehco = { ...base, course_identifier: "npq-early-headship-coaching-offer" } as const;

describe("buildNpqDeclaration types", () => {
  it("returns a body the NPQ client's POST accepts", () => {
    const body = buildNpqDeclaration({ ...headship, declaration_type: "started" });
    expectTypeOf(body).toEqualTypeOf<NpqParticipantDeclarationCreateRequest>();
    expectTypeOf<NpqClient["POST"]>().toBeCallableWith("/api/v3/participant-declarations", { body });
  });

  it("needs has_passed on completed for leadership and specialist courses, as a boolean", () => {
    buildNpqDeclaration({ ...headship, declaration_type: "completed", has_passed: true });
    buildNpqDeclaration({ ...literacy, declaration_type: "completed", has_passed: false });
    // @ts-expect-error: completed on a leadership course records the outcome
    buildNpqDeclaration({ ...headship, declaration_type: "completed" });
    // @ts-expect-error: the builder sends booleans
    buildNpqDeclaration({ ...literacy, declaration_type: "completed", has_passed: "true" });
  });

  it("refuses has_passed anywhere else", () => {
    buildNpqDeclaration({ ...ehco, declaration_type: "completed" });
    // @ts-expect-error: the coaching offer records no outcome
    buildNpqDeclaration({ ...ehco, declaration_type: "completed", has_passed: true });
    // @ts-expect-error: only completed records an outcome
    buildNpqDeclaration({ ...headship, declaration_type: "retained-1", has_passed: true });
  });

  it("refuses retained-2 on specialist courses", () => {
    buildNpqDeclaration({ ...headship, declaration_type: "retained-2" });
    buildNpqDeclaration({ ...literacy, declaration_type: "retained-1" });
    // @ts-expect-error: specialist schedules have no retained-2
    buildNpqDeclaration({ ...literacy, declaration_type: "retained-2" });
    // @ts-expect-error: not an NPQ declaration type
    buildNpqDeclaration({ ...headship, declaration_type: "extended-1" });
    // @ts-expect-error: not an NPQ course
    buildNpqDeclaration({ ...base, course_identifier: "ecf-induction", declaration_type: "started" });
  });

  it("takes a secondary delivery partner only beside a primary one", () => {
    buildNpqDeclaration({ ...headship, declaration_type: "started", delivery_partner_id: "a" });
    buildNpqDeclaration({
      ...headship,
      declaration_type: "started",
      delivery_partner_id: "a",
      secondary_delivery_partner_id: "b",
    });
    // @ts-expect-error: a secondary delivery partner needs a primary one
    buildNpqDeclaration({ ...headship, declaration_type: "started", secondary_delivery_partner_id: "b" });
  });

  it("takes a course and type only known at run time, and checks them then", () => {
    const course = "npq-senco" as NpqCourseIdentifier;
    const declaration_type = "completed" as NpqDeclarationType;
    buildNpqDeclaration({ ...base, course_identifier: course, declaration_type, has_passed: true });
    buildNpqDeclaration({ ...base, course_identifier: course, declaration_type: "started" });
  });
});
