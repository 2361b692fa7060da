/**
 * A small builder over the NPQ commands for tests: a world of the default cohorts (2021 to 2025, 2026a `zero`, 2026b
 * `capped`), a controllable clock and deterministic ids. `declare` makes declarations through the real commands;
 * `writeDeclarationRow` is the only place a test writes a row.
 */

import { expect } from "vitest";
import type { CommandContext } from "../../../src/commands/context.ts";
import { executeNpq, type NpqCommand, type NpqCommandValue } from "../../../src/npq/commands/index.ts";
import type { RegisterNpqApplicationCommand } from "../../../src/npq/commands/register-npq-application.ts";
import type { NpqDeclaration, NpqDeclarationState } from "../../../src/npq/model/declaration.ts";
import { npqContractKey, npqStatementKey } from "../../../src/npq/model/indexes.ts";
import { insertNpqRow } from "../../../src/npq/model/row-writes.ts";
import type { NpqSchedule } from "../../../src/npq/model/schedule.ts";
import { createNpqWorld, type NpqWorld, npqLookup, npqLookupIds, npqWorldData } from "../../../src/npq/model/world.ts";
import type { NpqCourseIdentifier } from "../../../src/npq/reference/courses.ts";
import type { NpqDeclarationType } from "../../../src/npq/reference/schedules.ts";
import type { Outcome } from "../../../src/result.ts";
import { addDays } from "../../../src/time/calendar-date.ts";
import { TestContext } from "../../support/context.ts";
import { countingIds } from "../../support/counting-ids.ts";
import { expectErrors } from "../../support/expect-failure.ts";

export const AMBITION_NPQ = "9e35e998-c63b-4136-89c4-e9e18ddde0ea";
export const TEACH_FIRST_NPQ = "a02ae582-f939-462f-90bc-cebf20fa8473";

export class NpqScenario {
  readonly world: NpqWorld = createNpqWorld();
  readonly context = new TestContext("2025-10-15T10:00:00Z");

  run<C extends NpqCommand>(command: C): Outcome<NpqCommandValue<C["type"]>> {
    return executeNpq(this.world, command, this.context);
  }

  /** Runs a command with another context (one that counts the ids drawn, say). */
  runWith<C extends NpqCommand>(command: C, context: CommandContext): Outcome<NpqCommandValue<C["type"]>> {
    return executeNpq(this.world, command, context);
  }

  /** Runs a command that must succeed. */
  must<C extends NpqCommand>(command: C): NpqCommandValue<C["type"]> {
    const outcome = this.run(command);
    if (!outcome.ok) {
      throw new Error(`${command.type} failed: ${JSON.stringify(outcome.failure)}`);
    }
    return outcome.value;
  }

  /** A pending application; a new person unless `participantId` names one. */
  apply(
    overrides: Partial<Omit<RegisterNpqApplicationCommand, "type">> = {},
  ): NpqCommandValue<"registerNpqApplication"> {
    return this.must({
      type: "registerNpqApplication",
      leadProviderId: AMBITION_NPQ,
      courseIdentifier: "npq-headship",
      cohort: "2025a",
      ...(overrides.participantId === undefined ? { person: { fullName: "Amara Okafor", trn: "1234567" } } : {}),
      ...overrides,
    });
  }

  /** An accepted application (capped 2025a: a funded place). */
  enrol(overrides: Partial<Omit<RegisterNpqApplicationCommand, "type">> = {}, fundedPlace: unknown = true) {
    const application = this.apply(overrides);
    return this.must({
      type: "acceptNpqApplication",
      leadProviderId: application.leadProviderId,
      applicationId: application.id,
      fundedPlace,
    });
  }

  /**
   * A declaration through the real command (`submitNpqDeclaration`), then moved to `state` as DfE and the lead
   * provider would move it: voided by the lead provider, paid by processing its statement, clawed back by voiding it
   * and processing the clawback statement. Contracts, statements and a delivery partner are registered on first use,
   * and the clock is moved forward only while a step needs it.
   */
  declare(
    applicationId: string,
    declarationType: NpqDeclarationType = "started",
    state: NpqDeclarationState = "eligible",
    declarationDate = "2025-10-10T10:00:00.000Z",
  ): NpqDeclaration {
    const application = this.world.applications[applicationId];
    if (application?.scheduleId == null) {
      throw new Error(`no accepted application ${applicationId} with a schedule`);
    }
    const { leadProviderId } = application;
    const cohort = (this.world.schedules[application.scheduleId] as NpqSchedule).cohortId;
    const deliveryPartnerId = this.fund(leadProviderId, cohort, application.courseIdentifier);
    let declaration = this.atLeast(new Date(new Date(declarationDate).getTime() + 1000), () =>
      this.must({
        type: "submitNpqDeclaration",
        leadProviderId,
        participantId: application.userId,
        courseIdentifier: application.courseIdentifier,
        declarationType,
        declarationDate,
        hasPassed: true,
        deliveryPartnerId,
      }),
    );
    if (state === "paid" || state === "clawed-back") {
      this.pay(declaration.statementId);
    }
    if (state === "voided" || state === "clawed-back") {
      declaration = this.must({ type: "voidNpqDeclaration", leadProviderId, declarationId: declaration.id });
    }
    if (state === "clawed-back") {
      this.pay(declaration.clawbackStatementId);
    }
    const final = this.world.declarations[declaration.id] as NpqDeclaration;
    if (final.state !== state) {
      throw new Error(`declaration ${final.id} is ${final.state}, not ${state}`);
    }
    return final;
  }

  /**
   * A row the commands cannot make (a declaration on an application not accepted), or one they make only in many
   * steps: a declaration another lead provider made before DfE moved the application to this one (the commands'
   * way is `changeNpqApplicationLeadProvider`, test/npq/commands/change-npq-application-lead-provider.test.ts).
   */
  writeDeclarationRow(
    applicationId: string,
    declarationType: NpqDeclarationType,
    state: NpqDeclarationState,
    leadProviderId?: string,
  ) {
    const application = this.world.applications[applicationId];
    if (application === undefined) {
      throw new Error(`no application ${applicationId}`);
    }
    const at = this.context.now.toISOString();
    return insertNpqRow(this.world, "declarations", {
      id: this.context.newId(),
      applicationId,
      userId: application.userId,
      leadProviderId: leadProviderId ?? application.leadProviderId,
      courseIdentifier: application.courseIdentifier,
      cohortId: application.cohortId,
      declarationType,
      declarationDate: at,
      state,
      deliveryPartnerId: null,
      secondaryDeliveryPartnerId: null,
      statementId: null,
      clawbackStatementId: null,
      supersededById: null,
      createdAt: at,
      updatedAt: at,
    });
  }

  /** Registers what a paid declaration needs (contract, statements, a delivery partner) once; the partner's id. */
  fund(leadProviderId: string, cohort: string, courseIdentifier: NpqCourseIdentifier): string {
    if (
      npqLookupIds(this.world, "statementsByLeadProviderCohort", npqStatementKey(leadProviderId, cohort)).length === 0
    ) {
      this.must({ type: "registerNpqStatements", leadProviderId, cohort });
    }
    const key = npqContractKey(leadProviderId, cohort, courseIdentifier);
    if (npqLookupIds(this.world, "contractsByLeadProviderCohortCourse", key).length === 0) {
      this.must({ type: "registerNpqContract", leadProviderId, cohort, courseIdentifier });
    }
    const partnership = npqLookup(this.world, "deliveryPartnershipsByLeadProvider", leadProviderId).find(
      (row) => row.cohortId === cohort,
    );
    return (
      partnership?.deliveryPartnerId ??
      this.must({ type: "registerNpqDeliveryPartner", name: `Partner ${cohort}`, leadProviderId, cohorts: [cohort] }).id
    );
  }

  /** Marks a statement payable and paid the day after its deadline, then puts the clock back. */
  pay(statementId: string | null): void {
    const statement = statementId === null ? undefined : this.world.statements[statementId];
    if (statement === undefined) {
      throw new Error("the declaration has no statement to pay");
    }
    this.atLeast(new Date(`${addDays(statement.deadlineDate, 1)}T12:00:00Z`), () => {
      if (statement.status === "open") {
        this.must({ type: "markNpqStatementPayable", statementId: statement.id });
      }
      this.must({ type: "markNpqStatementPaid", statementId: statement.id });
    });
  }

  /** Runs `step` with the clock at `at` when that is later than now, then puts the clock back. */
  atLeast<T>(at: Date, step: () => T): T {
    const now = this.context.now;
    if (at.getTime() > now.getTime()) {
      this.context.at(at);
    }
    try {
      return step();
    } finally {
      this.context.at(now);
    }
  }
}

/** A refused NPQ command changes neither the world's data nor the id sequence. */
export function expectNpqRefusedUntouched(
  s: NpqScenario,
  command: NpqCommand,
  expected: readonly (readonly [string, string])[],
  status = 422,
): void {
  const before = JSON.stringify(npqWorldData(s.world));
  const { context, idsDrawn } = countingIds(s.context);
  expectErrors(executeNpq(s.world, command, context), expected, status);
  expect(JSON.stringify(npqWorldData(s.world))).toBe(before);
  expect(idsDrawn(), "ids drawn by a refused command").toBe(0);
}
