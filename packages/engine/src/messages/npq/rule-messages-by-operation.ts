/**
 * Every numbered rule table of the NPQ API, under the `operationId` of the operation whose description in
 * `spec/npq-v3.yaml` holds it: the one list a test holds against the spec, row by row. Kept apart from the ECF map
 * because both documents have a `createParticipantDeclaration` and a `voidParticipantDeclaration`.
 */
import type { RuleMessages } from "../rule-message.ts";
import {
  NPQ_ACCEPT_RULE_MESSAGES,
  NPQ_CHANGE_FUNDED_PLACE_RULE_MESSAGES,
  NPQ_REJECT_RULE_MESSAGES,
} from "./application-rules.ts";
import {
  NPQ_CHANGE_DELIVERY_PARTNER_RULE_MESSAGES,
  NPQ_DECLARATION_RULE_MESSAGES,
  NPQ_VOID_RULE_MESSAGES,
} from "./declaration-rules.ts";
import { NPQ_OUTCOME_RULE_MESSAGES } from "./outcome-rules.ts";
import {
  NPQ_CHANGE_SCHEDULE_RULE_MESSAGES,
  NPQ_DEFER_RULE_MESSAGES,
  NPQ_RESUME_RULE_MESSAGES,
  NPQ_WITHDRAW_RULE_MESSAGES,
} from "./participant-action-rules.ts";

export const NPQ_RULE_MESSAGES_BY_OPERATION: Readonly<Record<string, RuleMessages>> = {
  acceptNpqApplication: NPQ_ACCEPT_RULE_MESSAGES,
  rejectNpqApplication: NPQ_REJECT_RULE_MESSAGES,
  changeNpqApplicationFundedPlace: NPQ_CHANGE_FUNDED_PLACE_RULE_MESSAGES,
  deferNpqParticipant: NPQ_DEFER_RULE_MESSAGES,
  resumeNpqParticipant: NPQ_RESUME_RULE_MESSAGES,
  withdrawNpqParticipant: NPQ_WITHDRAW_RULE_MESSAGES,
  changeNpqParticipantSchedule: NPQ_CHANGE_SCHEDULE_RULE_MESSAGES,
  createNpqParticipantOutcome: NPQ_OUTCOME_RULE_MESSAGES,
  createParticipantDeclaration: NPQ_DECLARATION_RULE_MESSAGES,
  voidParticipantDeclaration: NPQ_VOID_RULE_MESSAGES,
  changeParticipantDeclarationDeliveryPartner: NPQ_CHANGE_DELIVERY_PARTNER_RULE_MESSAGES,
};
