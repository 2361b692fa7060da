/**
 * A `declaration_date` without a UTC offset (ECF rules §3.2): the checks comparing it with other instants (rules 9,
 * 10, 11 and 16) read it as UTC; the stored date and the sequence check (rule 20) read it as London time.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { DECLARATION_RULE_MESSAGES as RULE } from "../../src/messages/declaration-rules.ts";
import { updateRow } from "../../src/model/row-writes.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { latestPeriod } from "../support/participant-actions.ts";
import { AMBITION, Scenario } from "../support/scenario.ts";

let s: Scenario;
let ect: string;

const started = (declarationDate: string) => ({
  participantId: ect,
  declarationType: "started",
  declarationDate,
  courseIdentifier: "ecf-induction",
  evidenceHeld: "training-event-attended",
});

beforeEach(() => {
  // 10:00 UTC is 11:00 in London (BST).
  s = new Scenario("2025-10-15T10:00:00Z");
  s.statements(AMBITION, 2025);
  ect = s.participant({ cohortYear: 2025 });
});

describe("rule 9 (future date) reads it as UTC", () => {
  it("refuses 10:30 with no offset at 10:00Z, although 10:30 in London has passed", () => {
    expectErrors(s.submit(started("2025-10-15T10:30:00")), [["declaration_date", RULE[9].detail]]);
  });

  it("stores an accepted date as London time", () => {
    const declaration = expectOk(s.submit(started("2025-10-15T09:30:00")));
    expect(declaration.declarationDate).toBe("2025-10-15T08:30:00.000Z");
  });
});

describe("rule 16 (withdrawn) reads it as UTC", () => {
  it("refuses a time after the withdrawal in UTC, though before it in London", () => {
    updateRow(s.world, "trainingPeriods", latestPeriod(s, ect).id, {
      withdrawal: { reason: "moved-school", at: "2025-09-20T10:15:00.000Z" },
      finishedOn: "2025-09-20",
    });
    expectErrors(s.submit(started("2025-09-20T10:30:00")), [
      ["participant_id", RULE[16].template.replace("{withdrawn_at}", "2025-09-20T10:15:00Z")],
    ]);
  });
});

describe("rule 10 (milestone start) reads it as UTC against London midnight", () => {
  it("accepts 23:30 on the eve of the window: 23:30 UTC is after London midnight (23:00Z)", () => {
    s.statements(AMBITION, 2024);
    const ect2024 = s.participant({ cohortYear: 2024, scheduleIdentifier: "ecf-standard-september" });
    // started opens 2024-06-01, which begins at 2024-05-31T23:00:00Z in London.
    const declaration = expectOk(s.submit({ ...started("2024-05-31T23:30:00"), participantId: ect2024 }));
    expect(declaration.declarationDate).toBe("2024-05-31T22:30:00.000Z");
    const another = s.participant({ cohortYear: 2024, scheduleIdentifier: "ecf-standard-september" });
    expectErrors(s.submit({ ...started("2024-05-31T22:59:59"), participantId: another }), [
      ["declaration_date", RULE[10].detail],
    ]);
  });
});

describe("rule 20 (sequence) reads it as London time", () => {
  it("refuses 10:30 with no offset after a started at 10:00Z: in London that is 09:30Z", () => {
    expectOk(s.submit(started("2025-09-10T10:00:00Z")));
    expectErrors(
      s.submit({ ...started("2025-09-10T10:30:00"), declarationType: "retained-1", evidenceHeld: "other" }),
      [["declaration_date", RULE[20].detail]],
    );
  });
});
