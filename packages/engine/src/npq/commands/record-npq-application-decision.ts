import type { CommandContext } from "../../commands/context.ts";
import { NPQ_FIXTURE_MESSAGES as M } from "../../messages/npq/fixtures.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import { londonToday } from "../../time/london.ts";
import {
  NPQ_REJECTION_REASONS,
  NPQ_TRAINING_STATUSES,
  type NpqApplication,
  type NpqRejectionReason,
  type NpqTrainingStatus,
} from "../model/application.ts";
import { insertNpqRow, updateNpqRow } from "../model/row-writes.ts";
import { type NpqSchedule, npqScheduleId } from "../model/schedule.ts";
import { findNpqRow, getNpqRow, type NpqWorld } from "../model/world.ts";
import { NPQ_DEFERRAL_REASONS, NPQ_WITHDRAWAL_REASONS } from "../reference/reasons.ts";
import { isNpqScheduleIdentifier } from "../reference/schedules.ts";
import { defaultNpqSchedule } from "../rules/default-schedule.ts";

/**
 * DfE-side, for seeds and the sandbox's control API: decides a pending application without the lead provider's
 * checks, so that a world can hold any state the service shows (an accepted application with no schedule, a deferred
 * or withdrawn enrolment, a rejection for any reason). Accepted: the schedule defaults to the course's default one
 * (`null` is none), the funded place to what accept would store (the stored eligibility in a capped cohort, else
 * null), the training status to `active`; `deferred` and `withdrawn` are recorded now with `reason` (default `other`).
 */
export interface RecordNpqApplicationDecisionCommand {
  readonly type: "recordNpqApplicationDecision";
  readonly applicationId: string;
  readonly status: string;
  readonly scheduleIdentifier?: string | null;
  readonly fundedPlace?: boolean | null;
  readonly trainingStatus?: string;
  readonly reason?: string;
  readonly reasonForRejection?: string;
}

interface Decision {
  readonly schedule: NpqSchedule | null;
  readonly trainingStatus: NpqTrainingStatus;
}

function checkAcceptance(
  world: NpqWorld,
  application: NpqApplication,
  command: RecordNpqApplicationDecisionCommand,
  today: string,
  errors: ValidationErrors,
): Decision | undefined {
  const cohort = getNpqRow(world, "cohorts", application.cohortId);
  let schedule: NpqSchedule | null | undefined = null;
  if (command.scheduleIdentifier === undefined) {
    schedule = defaultNpqSchedule(world, cohort, application.courseIdentifier, today);
    if (schedule === undefined) {
      errors.add("schedule_identifier", M.noDefaultSchedule);
    }
  } else if (command.scheduleIdentifier !== null) {
    schedule = isNpqScheduleIdentifier(command.scheduleIdentifier)
      ? findNpqRow(world, "schedules", npqScheduleId(cohort.id, command.scheduleIdentifier))
      : undefined;
    if (schedule === undefined) {
      errors.add("schedule_identifier", M.unknownSchedule);
    }
  }
  const trainingStatus = command.trainingStatus ?? "active";
  if (!(NPQ_TRAINING_STATUSES as readonly string[]).includes(trainingStatus)) {
    errors.add("training_status", M.invalidTrainingStatus);
  } else if (command.reason !== undefined && trainingStatus !== "active") {
    const reasons: readonly string[] = trainingStatus === "withdrawn" ? NPQ_WITHDRAWAL_REASONS : NPQ_DEFERRAL_REASONS;
    if (!reasons.includes(command.reason)) {
      errors.add("reason", M.invalidReason(trainingStatus));
    }
  }
  return schedule === undefined ? undefined : { schedule, trainingStatus: trainingStatus as NpqTrainingStatus };
}

export function recordNpqApplicationDecision(
  world: NpqWorld,
  command: RecordNpqApplicationDecisionCommand,
  context: CommandContext,
): Outcome<NpqApplication> {
  const errors = new ValidationErrors();
  const application = findNpqRow(world, "applications", command.applicationId);
  if (application === undefined) {
    errors.add("application_id", M.unknownApplication);
    return errors.toFailure();
  }
  if (application.status !== "pending") {
    errors.add("application_id", M.notPending);
  }
  const now = instantOf(context.now);
  if (command.status === "rejected") {
    const reason = command.reasonForRejection ?? "rejected_by_provider";
    if (!(NPQ_REJECTION_REASONS as readonly string[]).includes(reason)) {
      errors.add("reason_for_rejection", M.invalidRejectionReason);
    }
    if (!errors.isEmpty) {
      return errors.toFailure();
    }
    return ok(
      updateNpqRow(world, "applications", application.id, {
        status: "rejected",
        reasonForRejection: reason as NpqRejectionReason,
        updatedAt: now,
      }),
    );
  }
  if (command.status !== "accepted") {
    errors.add("status", M.invalidDecision);
    return errors.toFailure();
  }
  const decision = checkAcceptance(world, application, command, londonToday(context.now), errors);
  if (!errors.isEmpty || decision === undefined) {
    return errors.toFailure();
  }
  const capped = getNpqRow(world, "cohorts", application.cohortId).funding === "capped";
  const record = (state: NpqTrainingStatus, reason: string | null) =>
    insertNpqRow(world, "applicationStates", {
      id: context.newId(),
      applicationId: application.id,
      leadProviderId: application.leadProviderId,
      state,
      reason,
      createdAt: now,
    });
  record("active", null);
  if (decision.trainingStatus !== "active") {
    record(decision.trainingStatus, command.reason ?? "other");
  }
  return ok(
    updateNpqRow(world, "applications", application.id, {
      status: "accepted",
      acceptedAt: now,
      trainingStatus: decision.trainingStatus,
      scheduleId: decision.schedule?.id ?? null,
      fundedPlace:
        command.fundedPlace !== undefined ? command.fundedPlace : capped ? application.eligibleForFunding : null,
      updatedAt: now,
    }),
  );
}
