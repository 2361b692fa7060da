import { describe, expect, it } from "vitest";
import { NPQ_CHANGE_DELIVERY_PARTNER_RULE_MESSAGES as RULE } from "../../../src/messages/npq/declaration-rules.ts";
import { NPQ_REQUEST_MESSAGES } from "../../../src/messages/npq/requests.ts";
import { NPQ_TITLES } from "../../../src/messages/npq/titles.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, expectNpqRefusedUntouched, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

const pair = (message: { title: string; detail: string }) => [message.title, message.detail] as const;

function setUp(details = {}) {
  const s = new NpqScenario();
  const declaration = s.declare(s.enrol({ details }).id);
  const partner = (name: string, cohorts = ["2025a"]) =>
    s.must({ type: "registerNpqDeliveryPartner", name, leadProviderId: AMBITION_NPQ, cohorts }).id;
  const change = (attributes: { deliveryPartnerId?: unknown; secondaryDeliveryPartnerId?: unknown }) =>
    ({
      type: "changeNpqDeclarationDeliveryPartner",
      leadProviderId: AMBITION_NPQ,
      declarationId: declaration.id,
      ...attributes,
    }) as const;
  return { s, declaration, partner, change };
}

describe("changing an NPQ declaration's delivery partners (NPQ rules §5.5)", () => {
  it("replaces both, and leaving the secondary out removes it; state and statement stay", () => {
    const { s, declaration, partner, change } = setUp();
    const [first, second] = [partner("First"), partner("Second")];
    const both = expectOk(s.run(change({ deliveryPartnerId: first, secondaryDeliveryPartnerId: second })));
    expect(both).toMatchObject({ deliveryPartnerId: first, secondaryDeliveryPartnerId: second });
    const one = expectOk(s.run(change({ deliveryPartnerId: second })));
    expect(one).toMatchObject({
      deliveryPartnerId: second,
      secondaryDeliveryPartnerId: null,
      state: declaration.state,
      statementId: declaration.statementId,
    });
  });

  it("answers 404 for a declaration it cannot see and 403 for one another lead provider made", () => {
    const { s, declaration, change } = setUp();
    expectNpqRefusedUntouched(
      s,
      { ...change({}), leadProviderId: TEACH_FIRST_NPQ },
      [["Resource not found", "Nothing could be found for the provided details"]],
      404,
    );
    const previous = s.writeDeclarationRow(declaration.applicationId, "retained-1", "eligible", TEACH_FIRST_NPQ);
    expectNpqRefusedUntouched(
      s,
      { ...change({}), declarationId: previous.id },
      [[NPQ_TITLES.cannotModifyDeclaration, NPQ_REQUEST_MESSAGES.cannotModifyDeclaration]],
      403,
    );
  });

  it("NPQ change delivery partner rules 1 and 9: a missing delivery partner gets both, rule 1 first", () => {
    const { s, change } = setUp();
    expectNpqRefusedUntouched(s, change({}), [pair(RULE[1]), pair(RULE[9])]);
    // An id that names none leaves the record without one: from 2024 in England its presence check says rule 9's words.
    expectNpqRefusedUntouched(s, change({ deliveryPartnerId: "11111111-2222-4333-8444-555555555555" }), [
      pair(RULE[1]),
      pair(RULE[9]),
    ]);
  });

  it("NPQ change delivery partner rule 2: a secondary that does not exist", () => {
    const { s, partner, change } = setUp();
    expectNpqRefusedUntouched(s, change({ deliveryPartnerId: partner("P"), secondaryDeliveryPartnerId: "nope" }), [
      pair(RULE[2]),
    ]);
  });

  it("NPQ change delivery partner rules 3 and 6: a participant outside England, the record's checks together", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol({ details: { teacherCatchment: "wales" } });
    const partner = s.fund(AMBITION_NPQ, "2025a", "npq-headship");
    const declaration = expectOk(
      s.run({
        type: "submitNpqDeclaration",
        leadProviderId: AMBITION_NPQ,
        participantId: enrolment.userId,
        courseIdentifier: "npq-headship",
        declarationType: "started",
        declarationDate: "2025-10-10T10:00:00Z",
      }),
    );
    const change = {
      type: "changeNpqDeclarationDeliveryPartner",
      leadProviderId: AMBITION_NPQ,
      declarationId: declaration.id,
    } as const;
    expectNpqRefusedUntouched(s, { ...change, deliveryPartnerId: partner }, [pair(RULE[3])]);
    // Rule 6 needs a delivery partner beside the secondary one, so it comes with rule 3 (and 8 for the same one).
    expectNpqRefusedUntouched(s, { ...change, deliveryPartnerId: partner, secondaryDeliveryPartnerId: partner }, [
      pair(RULE[3]),
      pair(RULE[6]),
      pair(RULE[8]),
    ]);
  });

  it("NPQ change delivery partner rules 4, 7 and 8: not confirmed for the cohort, or the same twice", () => {
    const { s, partner, change } = setUp();
    const [own, elsewhere] = [partner("Own"), partner("Elsewhere", ["2024a"])];
    expectNpqRefusedUntouched(s, change({ deliveryPartnerId: elsewhere }), [pair(RULE[4])]);
    expectNpqRefusedUntouched(s, change({ deliveryPartnerId: own, secondaryDeliveryPartnerId: elsewhere }), [
      pair(RULE[7]),
    ]);
    expectNpqRefusedUntouched(s, change({ deliveryPartnerId: own, secondaryDeliveryPartnerId: own }), [pair(RULE[8])]);
  });

  it("NPQ change delivery partner rule 5: a secondary alone fails rules 1, 9 and 5, by attribute", () => {
    const { s, partner, change } = setUp();
    expectNpqRefusedUntouched(s, change({ secondaryDeliveryPartnerId: partner("P") }), [
      pair(RULE[1]),
      pair(RULE[9]),
      pair(RULE[5]),
    ]);
  });

  it("checks the cohort only for a delivery partner that changes", () => {
    const { s, declaration, partner, change } = setUp();
    const elsewhere = partner("Elsewhere", ["2024a"]);
    const kept = expectOk(s.run(change({ deliveryPartnerId: declaration.deliveryPartnerId })));
    expect(kept.deliveryPartnerId).toBe(declaration.deliveryPartnerId);
    expectNpqRefusedUntouched(s, change({ deliveryPartnerId: elsewhere }), [pair(RULE[4])]);
  });
});
