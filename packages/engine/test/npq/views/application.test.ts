import { describe, expect, it } from "vitest";
import { npqApplicationView } from "../../../src/npq/views/application.ts";
import { NpqScenario } from "../support/npq-scenario.ts";

describe("an application as the API shows it (NPQ rules §2.1)", () => {
  it("shows a pending application with every attribute of the spec", () => {
    const s = new NpqScenario();
    const application = s.apply({
      details: { schoolUrn: "123456", teacherCatchment: "another", teacherCatchmentCountry: "France" },
    });
    const view = npqApplicationView(s.world, application);
    expect(view.type).toBe("npq_application");
    expect(view.attributes).toMatchObject({
      course_identifier: "npq-headship",
      full_name: "Amara Okafor",
      participant_id: application.userId,
      teacher_reference_number: "1234567",
      teacher_reference_number_validated: true,
      status: "pending",
      cohort: "2025",
      cohort_suffix: "a",
      eligible_for_funding: true,
      ineligible_for_funding_reason: null,
      teacher_catchment: false,
      teacher_catchment_country: "France",
      funded_place: null,
      schedule_identifier: null,
      created_at: "2025-10-15T10:00:00Z",
    });
    expect(Object.keys(view.attributes)).toHaveLength(33);
  });

  it("hides an unverified TRN", () => {
    const s = new NpqScenario();
    const application = s.apply({ person: { fullName: "A", trn: "1234567", trnVerified: false } });
    expect(npqApplicationView(s.world, application).attributes.teacher_reference_number).toBeNull();
  });

  it("turns eligibility false when the person was funded before for the course, EHCO and ASO as one", () => {
    const s = new NpqScenario();
    const first = s.enrol({ cohort: "2021a", courseIdentifier: "npq-additional-support-offer" }, undefined);
    const second = s.apply({
      participantId: first.userId,
      cohort: "2023a",
      courseIdentifier: "npq-early-headship-coaching-offer",
    });
    expect(npqApplicationView(s.world, second).attributes).toMatchObject({
      eligible_for_funding: false,
      ineligible_for_funding_reason: "previously-funded",
    });
  });

  it("does not count a previous application without a funded place, and says why a stored ineligibility is", () => {
    const s = new NpqScenario();
    const first = s.enrol({ cohort: "2024a" }, false);
    const second = s.apply({ participantId: first.userId, eligibleForFunding: false });
    expect(npqApplicationView(s.world, second).attributes).toMatchObject({
      eligible_for_funding: false,
      ineligible_for_funding_reason: "establishment-ineligible",
    });
  });
});
