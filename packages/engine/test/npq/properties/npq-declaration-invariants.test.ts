/**
 * Property-based tests over random sequences of NPQ declarations, voids and statement processing (NPQ rules §5, §8):
 * a declaration is never billable twice for a person (or a TRN), course and type; voiding is the only way out of
 * billable; each declaration's state history follows its machine to its current state; every refused command leaves
 * the world and the id sequence unchanged.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { npqDeclarationMachine } from "../../../src/machines/npq-declaration-machine.ts";
import type { NpqCommand } from "../../../src/npq/commands/index.ts";
import type { NpqApplication } from "../../../src/npq/model/application.ts";
import type { NpqDeclarationState } from "../../../src/npq/model/declaration.ts";
import { npqWorldData } from "../../../src/npq/model/world.ts";
import { npqDeclarationStateHistory } from "../../../src/npq/queries/declaration-state-history.ts";
import { countingIds } from "../../support/counting-ids.ts";
import { AMBITION_NPQ, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

/** Eligible, payable or paid: will be, or has been, paid. */
const BILLABLE: readonly NpqDeclarationState[] = ["eligible", "payable", "paid"];
const TYPES = ["started", "retained-1", "retained-2", "completed", "bogus"];
const DAY = 24 * 60 * 60 * 1000;

const stepArb = fc.record({
  action: fc.oneof(
    { weight: 5, arbitrary: fc.constant("declare") },
    { weight: 2, arbitrary: fc.constant("void") },
    { weight: 2, arbitrary: fc.constantFrom("markPayable", "markPaid") },
  ),
  target: fc.nat(30),
  type: fc.nat(TYPES.length - 1),
  /** Days after the schedule start; some land in the future (NPQ declaration rule 19). */
  dateOffset: fc.integer({ min: -3, max: 120 }),
  otherLeadProvider: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 9, arbitrary: fc.constant(false) },
  ),
  days: fc.integer({ min: 0, max: 40 }),
});

type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

const scenarioArb = fc.record({
  /** Each person: whether they share the TRN of the first, and whether they have a funded place. */
  people: fc.array(fc.record({ sharesTrn: fc.boolean(), funded: fc.boolean() }), { minLength: 1, maxLength: 4 }),
  steps: fc.array(stepArb, { maxLength: 40 }),
});

function build(people: readonly { sharesTrn: boolean; funded: boolean }[]) {
  const s = new NpqScenario();
  // Accept refuses a second person with the same verified TRN; unverified, the TRN still makes duplicates.
  const enrolments = people.map((person, index) =>
    s.enrol(
      {
        person: {
          fullName: `P${index}`,
          trn: person.sharesTrn ? "1000000" : `200000${index}`,
          trnVerified: index === 0,
        },
      },
      person.funded,
    ),
  );
  const partner = s.fund(AMBITION_NPQ, "2025a", "npq-headship");
  return { s, enrolments, partner };
}

function commandFor(s: NpqScenario, enrolments: readonly NpqApplication[], partner: string, step: Step): NpqCommand {
  const leadProviderId = step.otherLeadProvider ? TEACH_FIRST_NPQ : AMBITION_NPQ;
  const declarations = Object.values(s.world.declarations);
  const statements = Object.values(s.world.statements).filter((statement) => statement.feeType === "output");
  switch (step.action) {
    case "void": {
      const declaration = declarations[step.target % Math.max(declarations.length, 1)];
      return { type: "voidNpqDeclaration", leadProviderId, declarationId: declaration?.id ?? "missing" };
    }
    case "markPayable":
    case "markPaid":
      return {
        type: step.action === "markPayable" ? "markNpqStatementPayable" : "markNpqStatementPaid",
        statementId: statements[step.target % statements.length]?.id ?? "missing",
      };
    default: {
      const enrolment = enrolments[step.target % enrolments.length] as NpqApplication;
      return {
        type: "submitNpqDeclaration",
        leadProviderId,
        participantId: enrolment.userId,
        courseIdentifier: "npq-headship",
        declarationType: TYPES[step.type],
        declarationDate: new Date(Date.parse("2025-10-01T10:00:00Z") + step.dateOffset * DAY).toISOString(),
        hasPassed: true,
        deliveryPartnerId: partner,
      };
    }
  }
}

describe("NPQ declaration invariants", () => {
  it("never billable twice for a person or a TRN, course and type; voiding is the only way out of billable", () => {
    fc.assert(
      fc.property(scenarioArb, ({ people, steps }) => {
        const { s, enrolments, partner } = build(people);
        for (const step of steps) {
          s.context.at(new Date(s.context.now.getTime() + step.days * DAY));
          const before = structuredClone(s.world.declarations);
          const command = commandFor(s, enrolments, partner, step);
          const outcome = s.run(command);
          for (const [id, previous] of Object.entries(before)) {
            const now = s.world.declarations[id];
            if (BILLABLE.includes(previous.state) && !BILLABLE.includes(now?.state ?? "voided")) {
              expect(outcome.ok && command.type === "voidNpqDeclaration" && command.declarationId === id).toBe(true);
            }
          }
          const billable = Object.values(s.world.declarations).filter((row) => BILLABLE.includes(row.state));
          const keys = billable.flatMap((row) => {
            const trn = s.world.users[row.userId]?.trn;
            return [`user ${row.userId}`, `trn ${trn}`].map(
              (who) => `${who} ${row.courseIdentifier} ${row.declarationType}`,
            );
          });
          expect(new Set(keys).size).toBe(keys.length);
          // Each declaration's state history starts submitted, moves by one row of the machine at a time and ends at
          // its current state; only an ineligible row has a reason.
          for (const declaration of Object.values(s.world.declarations)) {
            const history = npqDeclarationStateHistory(s.world, declaration.id);
            expect(history[0]?.state).toBe(npqDeclarationMachine.initial);
            expect(history.at(-1)?.state).toBe(declaration.state);
            history.slice(1).forEach((change, at) => {
              const from = history[at]?.state;
              expect(
                npqDeclarationMachine.transitions.some((row) => row.from === from && row.to === change.state),
                `${from} -> ${change.state}`,
              ).toBe(true);
            });
            for (const change of history) {
              expect(change.reason).toBe(change.state === "ineligible" ? "duplicate" : null);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("every refused command leaves the world and the id sequence unchanged", () => {
    fc.assert(
      fc.property(scenarioArb, ({ people, steps }) => {
        const { s, enrolments, partner } = build(people);
        for (const step of steps) {
          s.context.at(new Date(s.context.now.getTime() + step.days * DAY));
          const before = JSON.stringify(npqWorldData(s.world));
          const { context, idsDrawn } = countingIds(s.context);
          const outcome = s.runWith(commandFor(s, enrolments, partner, step), context);
          if (!outcome.ok) {
            expect(JSON.stringify(npqWorldData(s.world))).toBe(before);
            expect(idsDrawn()).toBe(0);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
