/**
 * An NPQ declaration's state history: the same rows as the ECF world's, written by the command that moves it, with
 * the service's reason "duplicate" on an ineligible same-TRN duplicate (NPQ rules §5.3).
 */
import { describe, expect, it } from "vitest";
import { npqDeclarationStateHistory } from "../../../src/npq/queries/declaration-state-history.ts";
import { NpqScenario } from "../support/npq-scenario.ts";

function history(s: NpqScenario, declarationId: string) {
  return npqDeclarationStateHistory(s.world, declarationId).map((change) => [change.state, change.reason]);
}

describe("NPQ declaration state history", () => {
  it("records an ineligible duplicate with the reason, then its void", () => {
    const s = new NpqScenario();
    s.declare(s.enrol({ person: { fullName: "C", trn: "7654321" } }).id);
    const twin = s.enrol({ person: { fullName: "C twin", trn: "7654321", trnVerified: false } });
    const ineligible = s.declare(twin.id, "started", "ineligible");
    const created = npqDeclarationStateHistory(s.world, ineligible.id).map((change) => change.at);
    expect(created).toEqual([ineligible.createdAt, ineligible.createdAt]);
    s.must({ type: "voidNpqDeclaration", leadProviderId: ineligible.leadProviderId, declarationId: ineligible.id });
    expect(history(s, ineligible.id)).toEqual([
      ["submitted", null],
      ["ineligible", "duplicate"],
      ["voided", null],
    ]);
  });

  it("follows a paid declaration through its clawback, each row at the command's instant", () => {
    const s = new NpqScenario();
    const declaration = s.declare(s.enrol().id, "started", "clawed-back");
    expect(history(s, declaration.id)).toEqual([
      ["submitted", null],
      ["eligible", null],
      ["payable", null],
      ["paid", null],
      ["awaiting-clawback", null],
      ["clawed-back", null],
    ]);
    const final = s.world.declarations[declaration.id];
    expect(npqDeclarationStateHistory(s.world, declaration.id).at(-1)?.at).toBe(final?.updatedAt);
  });
});
