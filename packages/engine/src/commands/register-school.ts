/**
 * DfE-side fixture: a school as GIAS and the school itself would describe it. Defaults give a funding-eligible,
 * provider-led school with a funding record (no uplifts) in every cohort.
 */
import { FIXTURE_MESSAGES } from "../messages/fixtures.ts";
import type {
  InductionProgrammeChoice,
  InductionTutor,
  School,
  SchoolCohortDetails,
  SchoolFundingEligibility,
} from "../model/school.ts";
import { insertRow, lookupIds, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import { ok, type Result, ValidationErrors } from "../result.ts";
import { instantOf } from "../time/instant.ts";
import type { CommandContext } from "./context.ts";
import { claimId } from "./ids.ts";

export interface SchoolCohortInput {
  readonly inductionProgrammeChoice?: InductionProgrammeChoice;
  /** Null: no funding record for the cohort. */
  readonly fundingEligibility?: SchoolFundingEligibility | null;
}

export interface RegisterSchoolCommand {
  readonly type: "registerSchool";
  readonly id?: string;
  readonly name: string;
  /** Defaults to the next free URN from 100000. */
  readonly urn?: string;
  readonly eligibleForFunding?: boolean;
  readonly inductionTutor?: InductionTutor | null;
  /** Per-cohort details; cohorts not listed get the defaults. */
  readonly cohorts?: Readonly<Record<CohortYear, SchoolCohortInput>>;
}

/** Six digits: every English school's unique reference number in Get Information about Schools has six. */
const URN = /^\d{6}$/;

function nextFreeUrn(world: World): string {
  let candidate = 100_000 + Object.keys(world.schools).length;
  while (lookupIds(world, "schoolsByUrn", String(candidate)).length > 0) {
    candidate++;
  }
  return String(candidate);
}

export function registerSchool(world: World, command: RegisterSchoolCommand, context: CommandContext): Result<School> {
  const errors = new ValidationErrors();
  const id = claimId(world, "schools", command.id, context);
  if (id === null) {
    errors.add("id", FIXTURE_MESSAGES.idTaken(command.id ?? ""));
  }
  if (command.name.trim() === "") {
    errors.add("name", FIXTURE_MESSAGES.enterName);
  }
  const urn = command.urn ?? nextFreeUrn(world);
  if (!URN.test(urn)) {
    errors.add("urn", FIXTURE_MESSAGES.invalidUrn);
  } else if (lookupIds(world, "schoolsByUrn", urn).length > 0) {
    errors.add("urn", FIXTURE_MESSAGES.urnTaken(urn));
  }
  for (const year of Object.keys(command.cohorts ?? {})) {
    if (world.cohorts[Number(year)] === undefined) {
      errors.add("cohort", FIXTURE_MESSAGES.unknownCohort(Number(year)));
    }
  }
  if (id === null || !errors.isEmpty) {
    return errors.toFailure();
  }

  const now = instantOf(context.now);
  const cohorts: Record<CohortYear, SchoolCohortDetails> = {};
  for (const cohort of Object.values(world.cohorts)) {
    const input = command.cohorts?.[cohort.year] ?? {};
    cohorts[cohort.year] = {
      inductionProgrammeChoice: input.inductionProgrammeChoice ?? "provider_led",
      fundingEligibility:
        input.fundingEligibility === undefined
          ? { pupilPremiumUplift: false, sparsityUplift: false }
          : input.fundingEligibility,
      createdAt: now,
      updatedAt: now,
    };
  }
  return ok(
    insertRow(world, "schools", {
      id,
      urn,
      name: command.name,
      eligibleForFunding: command.eligibleForFunding ?? true,
      inductionTutor: command.inductionTutor === undefined ? null : command.inductionTutor,
      cohorts,
      createdAt: now,
      updatedAt: now,
    }),
  );
}
