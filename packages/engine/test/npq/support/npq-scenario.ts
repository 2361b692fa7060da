/**
 * A small builder over the NPQ commands for tests: a world of the default cohorts (2021 to 2025, 2026a `zero`, 2026b
 * `capped`), a controllable clock and deterministic ids. Declarations have no command yet (the next slice), so
 * `declare` writes one directly: the only place a test writes a row.
 */

import { expect } from "vitest";
import type { CommandContext } from "../../../src/commands/context.ts";
import { executeNpq, type NpqCommand, type NpqCommandValue } from "../../../src/npq/commands/index.ts";
import type { RegisterNpqApplicationCommand } from "../../../src/npq/commands/register-npq-application.ts";
import type { NpqDeclaration, NpqDeclarationState } from "../../../src/npq/model/declaration.ts";
import { insertNpqRow } from "../../../src/npq/model/row-writes.ts";
import { createNpqWorld, type NpqWorld, npqWorldData } from "../../../src/npq/model/world.ts";
import type { NpqDeclarationType } from "../../../src/npq/reference/schedules.ts";
import type { Outcome } from "../../../src/result.ts";
import { TestContext } from "../../support/context.ts";
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

  declare(
    applicationId: string,
    declarationType: NpqDeclarationType = "started",
    state: NpqDeclarationState = "eligible",
    declarationDate = "2025-10-10T10:00:00.000Z",
  ): NpqDeclaration {
    const application = this.world.applications[applicationId];
    if (application === undefined) {
      throw new Error(`no application ${applicationId}`);
    }
    const at = this.context.now.toISOString();
    return insertNpqRow(this.world, "declarations", {
      id: this.context.newId(),
      applicationId,
      leadProviderId: application.leadProviderId,
      declarationType,
      declarationDate,
      state,
      createdAt: at,
      updatedAt: at,
    });
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
  let idsDrawn = 0;
  const context = {
    now: s.context.now,
    newId: () => {
      idsDrawn++;
      return s.context.newId();
    },
  };
  expectErrors(executeNpq(s.world, command, context), expected, status);
  expect(JSON.stringify(npqWorldData(s.world))).toBe(before);
  expect(idsDrawn, "ids drawn by a refused command").toBe(0);
}
