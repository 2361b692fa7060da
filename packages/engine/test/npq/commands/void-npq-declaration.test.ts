import { describe, expect, it } from "vitest";
import { NPQ_VOID_RULE_MESSAGES as RULE } from "../../../src/messages/npq/declaration-rules.ts";
import { NPQ_REQUEST_MESSAGES } from "../../../src/messages/npq/requests.ts";
import { NPQ_TITLES } from "../../../src/messages/npq/titles.ts";
import { npqDeclarationView } from "../../../src/npq/views/declaration.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, expectNpqRefusedUntouched, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

const pair = (message: { title: string; detail: string }) => [message.title, message.detail] as const;
const voiding = (declarationId: string, leadProviderId = AMBITION_NPQ) =>
  ({ type: "voidNpqDeclaration", leadProviderId, declarationId }) as const;

describe("voiding an NPQ declaration (NPQ rules §5.4)", () => {
  it("voids an eligible declaration, which stays on its statement as a voided line (payment rules §6.2)", () => {
    const s = new NpqScenario();
    const declaration = s.declare(s.enrol().id);
    expect(declaration.statementId).not.toBeNull();
    const voided = expectOk(s.run(voiding(declaration.id)));
    // The store keeps the statement so that the statement counts it as voided; the API shows no statement_id.
    expect(voided).toMatchObject({ state: "voided", statementId: declaration.statementId, clawbackStatementId: null });
    const shown = npqDeclarationView(s.world, voided);
    expect(shown.attributes.statement_id).toBeNull();
  });

  it("voids submitted, payable and ineligible declarations", () => {
    const s = new NpqScenario();
    const submitted = s.declare(s.enrol({}, false).id, "started", "submitted");
    expect(expectOk(s.run(voiding(submitted.id))).state).toBe("voided");
    const payable = s.declare(s.enrol({ person: { fullName: "B" } }).id);
    s.atLeast(new Date("2025-11-26T10:00:00Z"), () =>
      s.must({ type: "markNpqStatementPayable", statementId: payable.statementId as string }),
    );
    expect(s.world.declarations[payable.id]?.state).toBe("payable");
    expect(expectOk(s.run(voiding(payable.id))).state).toBe("voided");
    s.declare(s.enrol({ person: { fullName: "C", trn: "7654321" } }).id);
    const twin = s.enrol({ person: { fullName: "C twin", trn: "7654321", trnVerified: false } });
    const ineligible = s.declare(twin.id, "started", "ineligible");
    expect(expectOk(s.run(voiding(ineligible.id))).state).toBe("voided");
  });

  it("claws a paid declaration back on the next open output statement of its cohort", () => {
    const s = new NpqScenario();
    const paid = s.declare(s.enrol().id, "started", "paid");
    const clawedBack = expectOk(s.run(voiding(paid.id)));
    expect(clawedBack).toMatchObject({ state: "awaiting-clawback", statementId: paid.statementId });
    // December 2025 is paid; at 15 October 2025 the next open output statement is March 2026.
    expect(s.world.statements[clawedBack.clawbackStatementId as string]).toMatchObject({ year: 2026, month: 3 });
    s.pay(clawedBack.clawbackStatementId);
    expect(s.world.declarations[paid.id]?.state).toBe("clawed-back");
  });

  it("NPQ void rule 1: already voided", () => {
    const s = new NpqScenario();
    const declaration = s.declare(s.enrol().id, "started", "voided");
    expectNpqRefusedUntouched(s, voiding(declaration.id), [pair(RULE[1])]);
  });

  it("NPQ void rule 2: awaiting clawback or clawed back", () => {
    const s = new NpqScenario();
    const clawedBack = s.declare(s.enrol().id, "started", "clawed-back");
    expectNpqRefusedUntouched(s, voiding(clawedBack.id), [pair(RULE[2])]);
    const awaiting = s.declare(s.enrol({ person: { fullName: "B" } }).id, "started", "paid");
    s.must(voiding(awaiting.id));
    expectNpqRefusedUntouched(s, voiding(awaiting.id), [pair(RULE[2])]);
  });

  it("NPQ void rule 3: a paid declaration and no open output statement of the cohort", () => {
    const s = new NpqScenario();
    const paid = s.declare(s.enrol().id, "started", "paid");
    s.context.at("2026-12-27T10:00:00Z");
    expectNpqRefusedUntouched(s, voiding(paid.id), [[RULE[3].title, RULE[3].detail(2025)]]);
  });

  it("answers 404 for a declaration the lead provider cannot see, 403 for one it sees but did not make", () => {
    const s = new NpqScenario();
    const own = s.declare(s.enrol().id);
    expectNpqRefusedUntouched(
      s,
      voiding(own.id, TEACH_FIRST_NPQ),
      [["Resource not found", "Nothing could be found for the provided details"]],
      404,
    );
    const moved = s.enrol({ person: { fullName: "B" } });
    const previous = s.writeDeclarationRow(moved.id, "started", "eligible", TEACH_FIRST_NPQ);
    expectNpqRefusedUntouched(
      s,
      voiding(previous.id),
      [[NPQ_TITLES.cannotModifyDeclaration, NPQ_REQUEST_MESSAGES.cannotModifyDeclaration]],
      403,
    );
  });
});
