/**
 * Property-based tests over random sequences of declaration and finance commands at random times.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Command } from "../../src/commands/index.ts";
import { declarationMachine } from "../../src/machines/declaration-machine.ts";
import type { Machine } from "../../src/machines/machine.ts";
import { statementMachine } from "../../src/machines/statement-machine.ts";
import { type Declaration, declarationState, isBillableOrChangeable } from "../../src/model/declaration.ts";
import { getRow, lookupIds, type World, worldData, worldFromData } from "../../src/model/world.ts";
import { declarationStateHistory } from "../../src/queries/declaration-state-history.ts";
import { DECLARATION_TYPES, isDeclarationType } from "../../src/reference/declaration-types.ts";
import { EVIDENCE_TYPES, evidenceRule } from "../../src/reference/evidence.ts";
import { cohortOf, cohortYearOf, trainingPeriodsOf } from "../../src/rules/training-periods.ts";
import { declarationView } from "../../src/views/declaration.ts";
import { AMBITION, BEST_PRACTICE, Scenario } from "../support/scenario.ts";

interface Fixture {
  readonly s: Scenario;
  readonly participants: readonly { id: string; role: "ect" | "mentor" }[];
}

/** Two providers with statements; ECTs and mentors, eligible or not, one ECT who moved from one provider to the other. */
function fixture(): Fixture {
  const s = new Scenario("2025-09-20T10:00:00Z");
  for (const leadProviderId of [AMBITION, BEST_PRACTICE]) {
    s.statements(leadProviderId, 2024);
  }
  s.statements(AMBITION, 2025);
  const participants: { id: string; role: "ect" | "mentor" }[] = [
    { id: s.participant({ cohortYear: 2025 }), role: "ect" },
    { id: s.participant({ cohortYear: 2025, eligibleForFunding: false }), role: "ect" },
    { id: s.participant({ cohortYear: 2025, role: "mentor" }), role: "mentor" },
    { id: s.participant({ cohortYear: 2024, scheduleIdentifier: "ecf-extended-september" }), role: "ect" },
    {
      id: s.participant({ cohortYear: 2024, leadProviderId: BEST_PRACTICE, role: "mentor", eligibleForFunding: false }),
      role: "mentor",
    },
  ];
  const mover = s.participant({
    cohortYear: 2024,
    leadProviderId: BEST_PRACTICE,
    scheduleIdentifier: "ecf-extended-september",
    startedOn: "2024-09-01",
  });
  s.must({
    type: "recordSchoolTransfer",
    participantId: mover,
    role: "ect",
    leavingOn: "2025-09-01",
    joining: { schoolId: s.school(), leadProviderId: AMBITION, cohortYear: 2025, startedOn: "2025-09-01" },
  });
  participants.push({ id: mover, role: "ect" });
  return { s, participants };
}

const DAY = 86_400_000;
const START = Date.parse("2025-09-20T10:00:00Z");

/** Time mostly moves forward (days to weeks), sometimes travels back, as the sandbox's clock header allows. */
const stepArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 45 * DAY }) },
  { weight: 1, arbitrary: fc.integer({ min: -120 * DAY, max: 0 }) },
);

type Action =
  | {
      kind: "submit";
      participant: number;
      type: string;
      daysAgo: number;
      /** Index into the allowed evidence values, or a random value. */
      evidence: number | string | undefined;
      provider: number;
    }
  | { kind: "void"; declaration: number; provider: number }
  | { kind: "eligible"; participant: number }
  | { kind: "payable"; statement: number }
  | { kind: "authorise"; statement: number }
  | { kind: "job" };

const actionArb: fc.Arbitrary<{ step: number; action: Action }> = fc.record({
  step: stepArb,
  action: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant("submit" as const),
        participant: fc.nat(10),
        type: fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom("started", "completed", "retained-1") },
          { weight: 1, arbitrary: fc.constantFrom(...DECLARATION_TYPES, "bogus") },
        ),
        daysAgo: fc.integer({ min: -2, max: 90 }),
        evidence: fc.oneof(
          { weight: 4, arbitrary: fc.nat(5) },
          { weight: 1, arbitrary: fc.option(fc.constantFrom(...EVIDENCE_TYPES), { nil: undefined }) },
        ),
        provider: fc.nat(3),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant("void" as const), declaration: fc.nat(40), provider: fc.nat(3) }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("eligible" as const), participant: fc.nat(10) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("payable" as const), statement: fc.nat(200) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("authorise" as const), statement: fc.nat(200) }) },
    { weight: 1, arbitrary: fc.constant({ kind: "job" as const }) },
  ),
});

/** Statements worth acting on: those holding declarations or clawbacks first, then any. */
function candidateStatements(world: World): string[] {
  const used = new Set<string>();
  for (const declaration of Object.values(world.declarations)) {
    for (const id of [declaration.statementId, declaration.clawbackStatementId]) {
      if (id !== null) {
        used.add(id);
      }
    }
  }
  return used.size > 0 ? [...used] : Object.keys(world.statements);
}

function evidenceFor(world: World, participant: Fixture["participants"][number], type: string, choice: Action) {
  if (choice.kind !== "submit" || typeof choice.evidence !== "number") {
    return choice.kind === "submit" ? (choice.evidence as string | undefined) : undefined;
  }
  const latest = trainingPeriodsOf(world, participant.id, participant.role).at(-1);
  const detailed = latest !== undefined && cohortOf(world, latest)?.detailedEvidenceTypesEnabled === true;
  if (!isDeclarationType(type)) {
    return "other";
  }
  const rule = evidenceRule(detailed, participant.role, type);
  return rule.kind === "ignored" ? undefined : rule.allowed[choice.evidence % rule.allowed.length];
}

function toCommand(world: World, participants: Fixture["participants"], action: Action, now: Date): Command {
  const providers = [AMBITION, AMBITION, AMBITION, BEST_PRACTICE];
  const declarations = Object.keys(world.declarations);
  const statements = candidateStatements(world);
  const pick = <T>(list: readonly T[], index: number) => list[index % list.length]!;
  switch (action.kind) {
    case "submit": {
      const participant = pick(participants, action.participant);
      return {
        type: "submitDeclaration",
        leadProviderId: pick(providers, action.provider),
        participantId: participant.id,
        courseIdentifier: participant.role === "ect" ? "ecf-induction" : "ecf-mentor",
        declarationType: action.type,
        declarationDate: new Date(now.getTime() - action.daysAgo * DAY).toISOString().replace(".000Z", "Z"),
        evidenceHeld: evidenceFor(world, participant, action.type, action),
      };
    }
    case "void":
      return {
        type: "voidDeclaration",
        leadProviderId: pick(providers, action.provider),
        declarationId: declarations.length === 0 ? "none" : pick(declarations, action.declaration),
      };
    case "eligible": {
      const participant = pick(participants, action.participant);
      return { type: "markParticipantEligibleForFunding", participantId: participant.id, role: participant.role };
    }
    case "payable":
      return { type: "markStatementPayable", statementId: pick(statements, action.statement) };
    case "authorise": {
      const payable = statements.filter((id) => world.statements[id]?.status === "payable");
      return {
        type: "authoriseStatementPayment",
        statementId: pick(payable.length > 0 ? payable : statements, action.statement),
      };
    }
    case "job":
      return { type: "markDueStatementsPayable" };
  }
}

/** The API state, written out independently of the engine's own mapping. */
const EXPECTED_STATE: Record<string, string> = {
  "no_payment/no_clawback": "submitted",
  "eligible/no_clawback": "eligible",
  "payable/no_clawback": "payable",
  "paid/no_clawback": "paid",
  "voided/no_clawback": "voided",
  "paid/awaiting_clawback": "awaiting-clawback",
  "paid/clawed_back": "clawed-back",
};

/** True when one row of the machine's table leads from `from` to `to`. */
function isOneMove<S extends string>(machine: Machine<S, string>, from: S, to: S): boolean {
  return machine.transitions.some((row) => row.from === from && row.to === to);
}

function checkInvariants(world: World, before: Map<string, Declaration>, paidCount: Map<string, number>) {
  const live = new Map<string, number>();
  for (const declaration of Object.values(world.declarations)) {
    const previous = before.get(declaration.id);
    const key = `${declaration.paymentStatus}/${declaration.clawbackStatus}`;

    // The API state always matches the two status fields, and only reachable combinations occur.
    expect(EXPECTED_STATE[key], key).toBeDefined();
    const attributes = declarationView(world, declaration).attributes;
    expect(attributes.state).toBe(EXPECTED_STATE[key]);

    // A command moves a declaration by at most one row of the declaration machine; a new one starts in its initial
    // state, or one move on from it.
    const state = declarationState(declaration);
    const from = previous === undefined ? declarationMachine.initial : declarationState(previous);
    if (state !== from) {
      expect(isOneMove(declarationMachine, from, state), `${from} -> ${state}`).toBe(true);
    }

    // The state history (finance dashboard §1.6) starts at the machine's initial state, moves by one row of the
    // machine at a time, in the order the commands ran (this clock may go back), and ends at the current state.
    const history = declarationStateHistory(world, declaration.id);
    expect(history[0]?.state).toBe(declarationMachine.initial);
    expect(history.at(-1)?.state).toBe(state);
    for (let at = 1; at < history.length; at += 1) {
      const [earlier, later] = [history[at - 1], history[at]];
      expect(isOneMove(declarationMachine, earlier!.state, later!.state), `${earlier!.state} -> ${later!.state}`).toBe(
        true,
      );
    }
    expect(attributes.statement_id).toBe(declaration.paymentStatus === "voided" ? null : declaration.statementId);
    if (declaration.paymentStatus === "no_payment") {
      expect(declaration.statementId).toBeNull();
    } else if (declaration.paymentStatus !== "voided") {
      expect(declaration.statementId).not.toBeNull();
    }

    // No declaration is paid twice, and a paid declaration stays on the statement that paid it.
    if (declaration.paymentStatus === "paid" && previous?.paymentStatus !== "paid") {
      paidCount.set(declaration.id, (paidCount.get(declaration.id) ?? 0) + 1);
    }
    expect(paidCount.get(declaration.id) ?? 0).toBeLessThanOrEqual(1);
    if (previous?.paymentStatus === "paid") {
      expect(declaration.paymentStatus).toBe("paid");
      expect(declaration.statementId).toBe(previous.statementId);
    }

    // Voided and clawed-back declarations never become billable again; a clawback never goes back.
    if (previous?.paymentStatus === "voided") {
      expect(declaration.paymentStatus).toBe("voided");
    }
    if (previous !== undefined && previous.clawbackStatus !== "no_clawback") {
      expect(declaration.clawbackStatus).not.toBe("no_clawback");
      expect(declaration.clawbackStatementId).toBe(previous.clawbackStatementId);
    }
    if (previous?.clawbackStatus === "clawed_back") {
      expect(declaration.clawbackStatus).toBe("clawed_back");
    }

    // Statements belong to the declaration's own provider and cohort, and are output statements.
    const cohortYear = cohortYearOf(world, getRow(world, "trainingPeriods", declaration.trainingPeriodId));
    for (const statementId of [declaration.statementId, declaration.clawbackStatementId]) {
      if (statementId !== null) {
        const statement = getRow(world, "statements", statementId);
        expect(statement.leadProviderId).toBe(declaration.leadProviderId);
        expect(statement.cohortYear).toBe(cohortYear);
        expect(statement.feeType).toBe("output");
      }
    }
    expect(getRow(world, "trainingPeriods", declaration.trainingPeriodId).id).toBe(declaration.trainingPeriodId);

    if (isBillableOrChangeable(declaration)) {
      const slot = `${declaration.teacherId}|${declaration.role}|${declaration.declarationType}`;
      live.set(slot, (live.get(slot) ?? 0) + 1);
    }
  }
  // At most one live declaration per participant role and type.
  for (const [slot, count] of live) {
    expect(count, slot).toBe(1);
  }
}

// Property runs are CPU-bound; a loaded CI machine needs more than the default 5 s per test.
describe("declaration invariants over random command sequences", { timeout: 60_000 }, () => {
  it("hold after every command, and failed commands change nothing", () => {
    fc.assert(
      fc.property(fc.array(actionArb, { minLength: 15, maxLength: 60 }), (steps) => {
        const { s, participants } = fixture();
        const paidCount = new Map<string, number>();
        let clock = START;
        for (const { step, action } of steps) {
          clock += step;
          s.at(new Date(clock).toISOString());
          const command = toCommand(s.world, participants, action, s.context.now);
          const before = new Map(Object.entries(s.world.declarations));
          const statementsBefore = new Map(Object.entries(s.world.statements));
          const snapshot = JSON.stringify(worldData(s.world));
          const result = s.run(command);
          if (!result.ok) {
            expect(JSON.stringify(worldData(s.world))).toBe(snapshot);
          }
          if ((command.type === "voidDeclaration" || command.type === "submitDeclaration") && result.ok) {
            // A provider only ever gets its own declaration back.
            expect((result.value as Declaration).leadProviderId).toBe(command.leadProviderId);
          }
          checkInvariants(s.world, before, paidCount);
          for (const statement of Object.values(s.world.statements)) {
            const previous = statementsBefore.get(statement.id);
            if (previous !== undefined && previous.status !== statement.status) {
              expect(isOneMove(statementMachine, previous.status, statement.status)).toBe(true);
            }
          }
        }
        // Indexes maintained step by step equal indexes rebuilt from the data.
        const rebuilt = worldFromData(JSON.parse(JSON.stringify(worldData(s.world))));
        for (const participant of participants) {
          expect(lookupIds(rebuilt, "declarationsByParticipant", participant.id)).toEqual(
            lookupIds(s.world, "declarationsByParticipant", participant.id),
          );
        }
        for (const statementId of Object.keys(s.world.statements)) {
          expect(lookupIds(rebuilt, "declarationsByStatement", statementId)).toEqual(
            lookupIds(s.world, "declarationsByStatement", statementId),
          );
        }
        for (const leadProviderId of [AMBITION, BEST_PRACTICE]) {
          expect(lookupIds(rebuilt, "declarationsVisibleToLeadProvider", leadProviderId)).toEqual(
            lookupIds(s.world, "declarationsVisibleToLeadProvider", leadProviderId),
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it("a provider can never void another provider's declaration", () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 25 }), (steps) => {
        const { s, participants } = fixture();
        let clock = START;
        for (const { step, action } of steps) {
          clock += step;
          s.at(new Date(clock).toISOString());
          s.run(toCommand(s.world, participants, action, s.context.now));
        }
        for (const declaration of Object.values(s.world.declarations)) {
          const other = declaration.leadProviderId === AMBITION ? BEST_PRACTICE : AMBITION;
          const snapshot = JSON.stringify(worldData(s.world));
          const result = s.run({ type: "voidDeclaration", leadProviderId: other, declarationId: declaration.id });
          expect(result.ok ? 200 : result.failure.status).toBe(404);
          expect(JSON.stringify(worldData(s.world))).toBe(snapshot);
        }
      }),
      { numRuns: 60 },
    );
  });
});
