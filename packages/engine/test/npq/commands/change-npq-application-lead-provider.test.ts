import { describe, expect, it } from "vitest";
import { NPQ_FIXTURE_MESSAGES as M } from "../../../src/messages/npq/fixtures.ts";
import { NPQ_REQUEST_MESSAGES } from "../../../src/messages/npq/requests.ts";
import { NPQ_TITLES } from "../../../src/messages/npq/titles.ts";
import { listNpqApplications } from "../../../src/npq/queries/applications.ts";
import { listNpqDeclarations } from "../../../src/npq/queries/declarations.ts";
import { expectErrors, expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, expectNpqRefusedUntouched, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

const moving = (applicationId: string, leadProviderId = TEACH_FIRST_NPQ) =>
  ({ type: "changeNpqApplicationLeadProvider", applicationId, leadProviderId }) as const;

describe("DfE moving an NPQ application to another lead provider (NPQ rules §1.1)", () => {
  it("moves the application and its updated_at; the declarations stay with the lead provider that made them", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    const declaration = s.declare(enrolment.id);
    s.context.at("2025-11-01T09:00:00Z");
    const moved = expectOk(s.run(moving(enrolment.id)));
    expect(moved).toMatchObject({
      leadProviderId: TEACH_FIRST_NPQ,
      status: "accepted",
      updatedAt: "2025-11-01T09:00:00.000Z",
    });
    expect(listNpqApplications(s.world, TEACH_FIRST_NPQ).map((application) => application.id)).toEqual([enrolment.id]);
    expect(listNpqApplications(s.world, AMBITION_NPQ)).toEqual([]);
    expect(s.world.declarations[declaration.id]?.leadProviderId).toBe(AMBITION_NPQ);
    // The new lead provider sees the declaration made before the move, and may not void it.
    expect(listNpqDeclarations(s.world, TEACH_FIRST_NPQ).map((shown) => shown.id)).toEqual([declaration.id]);
    expectErrors(
      s.run({ type: "voidNpqDeclaration", leadProviderId: TEACH_FIRST_NPQ, declarationId: declaration.id }),
      [[NPQ_TITLES.cannotModifyDeclaration, NPQ_REQUEST_MESSAGES.cannotModifyDeclaration]],
      403,
    );
  });

  it("moves a pending application too", () => {
    const s = new NpqScenario();
    const pending = s.apply();
    expect(expectOk(s.run(moving(pending.id))).status).toBe("pending");
  });

  it("refuses the lead provider it is already with, an unknown lead provider, and answers 404 for no application", () => {
    const s = new NpqScenario();
    const application = s.apply();
    expectNpqRefusedUntouched(s, moving(application.id, AMBITION_NPQ), [["lead_provider_id", M.sameLeadProvider]]);
    expectNpqRefusedUntouched(s, moving(application.id, "00000000-0000-4000-8000-0000000000ff"), [
      ["lead_provider_id", M.unknownLeadProvider],
    ]);
    expectNpqRefusedUntouched(
      s,
      moving("00000000-0000-4000-8000-0000000000ff"),
      [["Resource not found", "Nothing could be found for the provided details"]],
      404,
    );
  });
});
