import { describe, expect, it } from "vitest";
import { listNpqDeclarations, showNpqDeclaration } from "../../../src/npq/queries/declarations.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

describe("listing and showing NPQ declarations (NPQ rules §2.3, §5.6)", () => {
  it("renders a declaration with the spec's attributes, in order", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol({ targetedDeliveryFundingEligibility: true });
    const declaration = s.declare(enrolment.id, "started", "paid");
    const shown = expectOk(showNpqDeclaration(s.world, AMBITION_NPQ, declaration.id));
    const partner = s.world.deliveryPartners[declaration.deliveryPartnerId as string];
    expect(shown).toEqual({
      id: declaration.id,
      type: "participant-declaration",
      attributes: {
        participant_id: enrolment.userId,
        declaration_type: "started",
        course_identifier: "npq-headship",
        declaration_date: "2025-10-10T10:00:00Z",
        state: "paid",
        has_passed: null,
        delivery_partner_id: partner?.id,
        delivery_partner_name: partner?.name,
        secondary_delivery_partner_id: null,
        secondary_delivery_partner_name: null,
        statement_id: declaration.statementId,
        application_id: enrolment.id,
        clawback_statement_id: null,
        uplift_paid: true,
        lead_provider_name: "Ambition Institute",
        ineligible_for_funding_reason: null,
        created_at: "2025-10-15T10:00:00Z",
        updated_at: expect.any(String),
      },
    });
  });

  it("shows has_passed from the latest outcome", () => {
    const s = new NpqScenario();
    const declaration = s.declare(s.enrol().id, "completed");
    expect(expectOk(showNpqDeclaration(s.world, AMBITION_NPQ, declaration.id)).attributes.has_passed).toBe(true);
  });

  it("lists its own and those made on its applications; the maker lists its own too", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    const own = s.declare(enrolment.id);
    const previous = s.writeDeclarationRow(enrolment.id, "retained-1", "eligible", TEACH_FIRST_NPQ);
    expect(listNpqDeclarations(s.world, AMBITION_NPQ).map((row) => row.id)).toEqual([own.id, previous.id]);
    // Teach First made `previous`, so it lists it: a declaration belongs to whoever made it.
    expect(listNpqDeclarations(s.world, TEACH_FIRST_NPQ).map((row) => row.id)).toEqual([previous.id]);
    expect(showNpqDeclaration(s.world, TEACH_FIRST_NPQ, own.id).ok).toBe(false);
  });

  it("filters by participant, cohort (start years) and updated_since", () => {
    const s = new NpqScenario();
    const first = s.declare(s.enrol().id);
    s.context.at("2025-10-16T10:00:00Z");
    const other = s.enrol({ person: { fullName: "B" }, cohort: "2024a" });
    const second = s.declare(other.id, "started", "eligible", "2025-10-10T10:00:00.000Z");
    const ids = (filter: object) => listNpqDeclarations(s.world, AMBITION_NPQ, { filter }).map((row) => row.id);
    expect(ids({ participantId: other.userId })).toEqual([second.id]);
    expect(ids({ cohort: "2025" })).toEqual([first.id]);
    expect(ids({ cohort: "2024,2025" })).toEqual([first.id, second.id]);
    expect(ids({ updatedSince: new Date("2025-10-16T00:00:00Z") })).toEqual([second.id]);
  });
});
