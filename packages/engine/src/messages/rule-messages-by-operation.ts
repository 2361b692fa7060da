/**
 * Every numbered rule table, under the `operationId` of the operation whose description in `spec/ecf-v3.yaml` holds
 * it: the one list a test holds against the spec, row by row.
 */
import { DECLARATION_RULE_MESSAGES, VOID_RULE_MESSAGES } from "./declaration-rules.ts";
import {
  CHANGE_SCHEDULE_RULE_MESSAGES,
  DEFER_RULE_MESSAGES,
  RESUME_RULE_MESSAGES,
  WITHDRAW_RULE_MESSAGES,
} from "./participant-action-rules.ts";
import { PARTNERSHIP_CREATE_RULE_MESSAGES, PARTNERSHIP_UPDATE_RULE_MESSAGES } from "./partnership-rules.ts";
import type { RuleMessages } from "./rule-message.ts";

export const RULE_MESSAGES_BY_OPERATION: Readonly<Record<string, RuleMessages>> = {
  withdrawParticipant: WITHDRAW_RULE_MESSAGES,
  deferParticipant: DEFER_RULE_MESSAGES,
  resumeParticipant: RESUME_RULE_MESSAGES,
  changeParticipantSchedule: CHANGE_SCHEDULE_RULE_MESSAGES,
  createParticipantDeclaration: DECLARATION_RULE_MESSAGES,
  voidParticipantDeclaration: VOID_RULE_MESSAGES,
  createPartnership: PARTNERSHIP_CREATE_RULE_MESSAGES,
  updatePartnership: PARTNERSHIP_UPDATE_RULE_MESSAGES,
};
