/**
 * Messages of the DfE finance actions (mark payable, authorise payment, funding eligibility, statement set-up). The
 * real service performs these in its admin interface, so the wording is ours; the preconditions are the service's.
 */
export const FINANCE_MESSAGES = {
  onlyOutputStatementsPayable: "Only output fee statements can be marked as payable.",
  alreadyPayable: "The statement is already payable.",
  alreadyPaid: "The statement has already been paid.",
  deadlineNotPassed: (deadline: string) =>
    `The statement cannot be marked as payable until its cut-off date (${deadline}) has passed.`,
  onlyOutputStatementsPaid: "Only output fee statements can be authorised for payment.",
  notPayable: "The statement must be payable before its payment can be authorised.",
  paymentDeadlineNotPassed: (deadline: string) =>
    `The statement's payment cannot be authorised until its cut-off date (${deadline}) has passed.`,
  nothingToPay: "The statement has no payable declarations or clawbacks to authorise.",
  noStatementForEligibleDeclarations: (leadProviderName: string, cohortYear: number, today: string) =>
    `${leadProviderName} has no output statement in the ${cohortYear} cohort with a cut-off date on or after ${today}, so the participant's submitted declarations cannot become eligible.`,
  roleNotRegistered: (role: string) =>
    role === "ect" ? "The participant is not registered as an ECT." : "The participant is not registered as a mentor.",
  statementsExist: (cohortYear: number) => `The lead provider already has statements for the ${cohortYear} cohort.`,
  termsForOtherCohort: (termsCohort: number, cohortYear: number) =>
    `The contract terms are for the ${termsCohort} cohort, not the ${cohortYear} cohort.`,
  contractTypeNeedsMentorFlatRate: "An ittecf_ectp contract pays mentors a flat rate: its terms need a mentorFlatRate.",
  contractTypeWithoutMentorFlatRate:
    "An ecf contract pays mentors by the bands: its terms must have no mentorFlatRate.",
  statementWithoutContract: "The statement has no contract to calculate its payments from.",
  // Statement adjustments (payment rules §1.5, §6.2), for both programmes.
  enterAdjustmentDescription: "Enter a description of the adjustment, 255 characters at most.",
  invalidAdjustmentAmount:
    "Enter the amount in pounds and pence, like 150.00 or -150.00 (up to 10 digits before the point).",
  zeroAdjustmentAmount: "The adjustment amount must not be zero.",
  adjustmentBeyondLimit: "The adjustment amount must be from -1000000.00 to 1000000.00.",
  adjustmentOnPaidStatement: "The statement has been paid: its adjustments can no longer be changed.",
  adjustmentOnServiceFeeStatement: "Adjustments can only be made on output fee statements.",
} as const;
