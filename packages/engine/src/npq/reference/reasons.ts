/**
 * The reasons a lead provider may give to withdraw or defer an NPQ participant (`WithdrawalReason` and
 * `DeferralReason` in `spec/npq-v3.yaml`), spelled as the service spells them, full stop included.
 */
export const NPQ_WITHDRAWAL_REASONS = [
  "insufficient-capacity-to-undertake-programme",
  "personal-reason-health-or-pregnancy-related",
  "personal-reason-moving-school",
  "personal-reason-other",
  "insufficient-capacity",
  "change-in-developmental-or-personal-priorities",
  "change-in-school-circumstances",
  "change-in-school-leadership",
  "quality-of-programme-structure-not-suitable.",
  "quality-of-programme-content-not-suitable",
  "quality-of-programme-facilitation-not-effective",
  "quality-of-programme-accessibility",
  "quality-of-programme-other",
  "programme-not-appropriate-for-role-and-cpd-needs",
  "started-in-error",
  "expected-commitment-unclear",
  "assessment-requirements-not-met",
  "change-in-career",
  "disengaged-and-unresponsive",
  "non-payment-of-invoice",
  "other",
] as const;
export type NpqWithdrawalReason = (typeof NPQ_WITHDRAWAL_REASONS)[number];

export const NPQ_DEFERRAL_REASONS = [
  "bereavement",
  "long-term-sickness",
  "parental-leave",
  "career-break",
  "other",
] as const;
export type NpqDeferralReason = (typeof NPQ_DEFERRAL_REASONS)[number];
