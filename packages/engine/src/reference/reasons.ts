/** Reasons accepted by PUT /participants/{id}/withdraw, dashed as the API shows them. */
export const WITHDRAWAL_REASONS = [
  "left-teaching-profession",
  "moved-school",
  "mentor-no-longer-being-mentor",
  "switched-to-school-led",
  "changed-lead-provider",
  "other",
] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

/** Reasons accepted by PUT /participants/{id}/defer. */
export const DEFERRAL_REASONS = [
  "bereavement",
  "long-term-sickness",
  "parental-leave",
  "career-break",
  "other",
] as const;
export type DeferralReason = (typeof DEFERRAL_REASONS)[number];

/** Why a mentor stopped being funded (participant attribute `mentor_ineligible_for_funding_reason`). */
export const MENTOR_INELIGIBILITY_REASONS = [
  "completed_declaration_received",
  "completed_during_early_roll_out",
  "started_not_completed",
] as const;
export type MentorIneligibilityReason = (typeof MENTOR_INELIGIBILITY_REASONS)[number];

export function isWithdrawalReason(value: string): value is WithdrawalReason {
  return (WITHDRAWAL_REASONS as readonly string[]).includes(value);
}

export function isDeferralReason(value: string): value is DeferralReason {
  return (DEFERRAL_REASONS as readonly string[]).includes(value);
}
