/**
 * DfE-side fixture: a school as GIAS and the school itself would describe it. Defaults give a funding-eligible,
 * provider-led school with a funding record (no uplifts) in every cohort.
 */
import { FIXTURE_MESSAGES } from "../messages/fixtures.ts";
import { insertRow } from "../model/row-writes.ts";
import type {
  InductionProgrammeChoice,
  InductionTutor,
  School,
  SchoolCohortDetails,
  SchoolFundingEligibility,
} from "../model/school.ts";
import { lookupIds, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import { type Outcome, ok, ValidationErrors } from "../result.ts";
import { instantOf } from "../time/instant.ts";
import type { CommandContext } from "./context.ts";
import { idFor, requestedIdFree } from "./ids.ts";

interface SchoolCohortInput {
  readonly inductionProgrammeChoice?: InductionProgrammeChoice;
  /** Null: no funding record for the cohort. */
  readonly fundingEligibility?: SchoolFundingEligibility | null;
}

/** What `registerSchool` takes; also `registerParticipant`'s `newSchool`. */
export interface SchoolInput {
  readonly id?: string;
  readonly name: string;
  /** Defaults to the next free URN from 100000. */
  readonly urn?: string;
  readonly eligibleForFunding?: boolean;
  readonly inductionTutor?: InductionTutor | null;
  /** Per-cohort details; cohorts not listed get the defaults. */
  readonly cohorts?: Readonly<Record<CohortYear, SchoolCohortInput>>;
}

export interface RegisterSchoolCommand extends SchoolInput {
  readonly type: "registerSchool";
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

/** A validated school, ready to insert. */
export interface SchoolPlan {
  readonly input: SchoolInput;
  readonly urn: string;
}

/** Validates a school, adding any problem to `errors`. Draws no id, so a refused command leaves no trace. */
export function planSchool(world: World, input: SchoolInput, errors: ValidationErrors): SchoolPlan {
  if (!requestedIdFree(world, "schools", input.id)) {
    errors.add("id", FIXTURE_MESSAGES.idTaken(input.id ?? ""));
  }
  if (input.name.trim() === "") {
    errors.add("name", FIXTURE_MESSAGES.enterName);
  }
  const urn = input.urn ?? nextFreeUrn(world);
  if (!URN.test(urn)) {
    errors.add("urn", FIXTURE_MESSAGES.invalidUrn);
  } else if (lookupIds(world, "schoolsByUrn", urn).length > 0) {
    errors.add("urn", FIXTURE_MESSAGES.urnTaken(urn));
  }
  for (const year of Object.keys(input.cohorts ?? {})) {
    if (world.cohorts[Number(year)] === undefined) {
      errors.add("cohort", FIXTURE_MESSAGES.unknownCohort(Number(year)));
    }
  }
  return { input, urn };
}

/** Creates the school a validated plan describes (its id is the first one the command draws). */
export function insertSchool(world: World, plan: SchoolPlan, context: CommandContext): School {
  const { input, urn } = plan;
  const id = idFor(input.id, context);
  const now = instantOf(context.now);
  const cohorts: Record<CohortYear, SchoolCohortDetails> = {};
  for (const cohort of Object.values(world.cohorts)) {
    const details = input.cohorts?.[cohort.year] ?? {};
    cohorts[cohort.year] = {
      inductionProgrammeChoice: details.inductionProgrammeChoice ?? "provider_led",
      fundingEligibility:
        details.fundingEligibility === undefined
          ? { pupilPremiumUplift: false, sparsityUplift: false }
          : details.fundingEligibility,
      createdAt: now,
      updatedAt: now,
    };
  }
  return insertRow(world, "schools", {
    id,
    urn,
    name: input.name,
    eligibleForFunding: input.eligibleForFunding ?? true,
    inductionTutor: input.inductionTutor === undefined ? null : input.inductionTutor,
    cohorts,
    createdAt: now,
    updatedAt: now,
  });
}

export function registerSchool(world: World, command: RegisterSchoolCommand, context: CommandContext): Outcome<School> {
  const errors = new ValidationErrors();
  const plan = planSchool(world, command, errors);
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  return ok(insertSchool(world, plan, context));
}
