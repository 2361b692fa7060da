import {
  type CommandContext,
  NPQ_LEAD_PROVIDERS,
  type NpqCohort,
  type NpqCohortFunding,
  type NpqWorld,
  type Outcome,
} from "@lpkit/engine";
import { executeNpq } from "../journal/journaled-execute.ts";
import { onNpqWorldCopy } from "./npq-world-copy.ts";

/** `POST /__sandbox/npq/cohorts`, read and checked for shape; the engine's `registerNpqCohort` checks the rest. */
export interface NpqCohortFixture {
  /** An identifier (`2027a`). */
  readonly identifier: string;
  readonly funding: NpqCohortFunding;
  /** `YYYY-MM-DD`; 1 April of the start year when absent. */
  readonly registrationStartDate?: string | undefined;
  /** False: the statements carry no contracts. */
  readonly contracts: boolean;
}

/**
 * A new cohort as DfE's seeds make one (docs/decisions/sandbox-npq-control-fixtures.md): the cohort and its
 * schedules (NPQ rules §7.2, §7.3), then every NPQ lead provider's statements from its registration start date, with
 * or without contracts (NPQ rules §8). Several commands, so on a copy of the world; only the first can be refused.
 */
export function createNpqCohort(
  world: NpqWorld,
  fixture: NpqCohortFixture,
  context: CommandContext,
  adopt: (world: NpqWorld) => void,
): Outcome<NpqCohort> {
  return onNpqWorldCopy(world, adopt, (copy) => {
    const registered = executeNpq(
      copy,
      {
        type: "registerNpqCohort",
        cohort: fixture.identifier,
        funding: fixture.funding,
        ...(fixture.registrationStartDate === undefined
          ? {}
          : { registrationStartDate: fixture.registrationStartDate }),
      },
      context,
    );
    if (!registered.ok) {
      // The engine names the cohort `cohort`; this request names it `identifier`.
      const errors = registered.failure.errors.map((error) =>
        error.title === "cohort" ? { ...error, title: "identifier" } : error,
      );
      return { ok: false, failure: { ...registered.failure, errors } };
    }
    for (const leadProvider of NPQ_LEAD_PROVIDERS) {
      const statements = executeNpq(
        copy,
        {
          type: "registerNpqStatements",
          leadProviderId: leadProvider.id,
          cohort: registered.value.id,
          contracts: fixture.contracts,
        },
        context,
      );
      if (!statements.ok) {
        return statements;
      }
    }
    return registered;
  });
}
