/**
 * The checks of PUT /participants/npq/{id}/defer, /resume and /withdraw (NPQ rules §4.1, NPQ rules §4.2 and NPQ rules §4.3): the rules of
 * `deferNpqParticipant`, `resumeNpqParticipant` and `withdrawNpqParticipant` in `spec/npq-v3.yaml`, in order. Each
 * answers the enrolment to change; the command then asks the training status machine (shared with ECF) for the move.
 */
import {
  NPQ_DEFER_RULE_MESSAGES as DEFER,
  NPQ_RESUME_RULE_MESSAGES as RESUME,
  NPQ_WITHDRAW_RULE_MESSAGES as WITHDRAW,
} from "../../messages/npq/participant-action-rules.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import type { NpqApplication } from "../model/application.ts";
import type { NpqWorld } from "../model/world.ts";
import { NPQ_DEFERRAL_REASONS, NPQ_WITHDRAWAL_REASONS } from "../reference/reasons.ts";
import { npqDeclarationsOf } from "./declarations.ts";
import { resolveNpqActionTarget } from "./participant-action-target.ts";

/** The request of a participant action, as received. */
export interface NpqActionRequest {
  readonly leadProviderId: string;
  readonly participantId: string;
  readonly courseIdentifier?: unknown;
  readonly reason?: unknown;
}

function isOneOf(list: readonly string[], value: unknown): boolean {
  return typeof value === "string" && list.includes(value);
}

function done(errors: ValidationErrors, application: NpqApplication | undefined): Outcome<NpqApplication> {
  return errors.isEmpty && application !== undefined ? ok(application) : errors.toFailure();
}

export function checkDefer(world: NpqWorld, request: NpqActionRequest): Outcome<NpqApplication> {
  const errors = new ValidationErrors();
  const target = resolveNpqActionTarget(world, request, errors, DEFER);
  if (!target.ok) {
    return target;
  }
  const { application } = target.value;
  // Rule 3
  if (!isOneOf(NPQ_DEFERRAL_REASONS, request.reason)) {
    errors.add(DEFER[3].title, DEFER[3].detail);
  }
  if (application !== undefined) {
    // Rule 4
    if (application.trainingStatus === "deferred") {
      errors.add(DEFER[4].title, DEFER[4].detail);
    }
    // Rule 5
    if (application.trainingStatus === "withdrawn") {
      errors.add(DEFER[5].title, DEFER[5].detail);
    }
    // Rule 6: declarations in any state count, voided ones included (NPQ rules §Q9).
    if (npqDeclarationsOf(world, application.id).length === 0) {
      errors.add(DEFER[6].title, DEFER[6].detail);
    }
  }
  return done(errors, application);
}

export function checkResume(world: NpqWorld, request: NpqActionRequest): Outcome<NpqApplication> {
  const errors = new ValidationErrors();
  const target = resolveNpqActionTarget(world, request, errors, RESUME);
  if (!target.ok) {
    return target;
  }
  const { application } = target.value;
  // Rule 3
  if (application !== undefined && application.trainingStatus === "active") {
    errors.add(RESUME[3].title, RESUME[3].detail);
  }
  return done(errors, application);
}

export function checkWithdraw(world: NpqWorld, request: NpqActionRequest): Outcome<NpqApplication> {
  const errors = new ValidationErrors();
  const target = resolveNpqActionTarget(world, request, errors, WITHDRAW);
  if (!target.ok) {
    return target;
  }
  const { application } = target.value;
  // Rule 3
  if (!isOneOf(NPQ_WITHDRAWAL_REASONS, request.reason)) {
    errors.add(WITHDRAW[3].title, WITHDRAW[3].detail);
  }
  // Rule 4
  if (application !== undefined && application.trainingStatus === "withdrawn") {
    errors.add(WITHDRAW[4].title, WITHDRAW[4].detail);
  }
  // Rule 5: a `started` declaration in any state, voided included (NPQ rules §Q9).
  if (
    errors.isEmpty &&
    application !== undefined &&
    !npqDeclarationsOf(world, application.id).some((declaration) => declaration.declarationType === "started")
  ) {
    errors.add(WITHDRAW[5].title, WITHDRAW[5].detail);
  }
  return done(errors, application);
}
