/**
 * The dashboard's addresses, the real finance app's (finance dashboard §1.1), so that a contract manager's link
 * reads the same here. `profileId` is the training period a declaration was made for (the service's profile).
 */
import type { Role } from "@lpkit/engine";

export const FINANCE_PATHS = {
  root: "/finance",
  landing: "/finance/manage-cpd-contracts",
  /** Both programmes' statements, filtered (finance dashboard §2.1); the query string carries the filters. */
  statements: "/finance/statements",
  chooseProvider: "/finance/payment-breakdowns/choose-provider-ecf",
  chooseStatement: "/finance/payment-breakdowns/choose-ecf-statement",
  statement: (leadProviderId: string, statementId: string) =>
    `/finance/ecf/payment_breakdowns/${leadProviderId}/statements/${statementId}`,
  voided: (leadProviderId: string, statementId: string, role?: Role) =>
    `/finance/ecf/payment_breakdowns/${leadProviderId}/statements/${statementId}/voided${role === undefined ? "" : `/${role}`}`,
  csv: (statementId: string) => `/finance/ecf/statements/${statementId}/assurance-report.csv`,
  authorise: (statementId: string) => `/finance/statements/${statementId}/payment_authorisations/new`,
  authorisations: (statementId: string) => `/finance/statements/${statementId}/payment_authorisations`,
  /** Additional adjustments (finance dashboard §1.9): "Change or remove", the add and change steps, removal. */
  adjustments: (statementId: string) => `/finance/statements/${statementId}/adjustments`,
  newAdjustment: (statementId: string) => `/finance/statements/${statementId}/adjustments/new`,
  editAdjustment: (statementId: string, adjustmentId: string) =>
    `/finance/statements/${statementId}/adjustments/${adjustmentId}/edit`,
  addedAdjustment: (statementId: string) => `/finance/statements/${statementId}/adjustments/added`,
  addAnotherAdjustment: (statementId: string) => `/finance/statements/${statementId}/adjustments/add_another`,
  deleteAdjustment: (statementId: string, adjustmentId: string) =>
    `/finance/statements/${statementId}/adjustments/${adjustmentId}/delete`,
  /** An NPQ statement and its voided declarations (finance dashboard §3). */
  npqStatement: (statementId: string) => `/finance/npq/statements/${statementId}`,
  npqVoided: (statementId: string) => `/finance/npq/statements/${statementId}/voided`,
  npqCsv: (statementId: string) => `/finance/npq/statements/${statementId}/assurance-report.csv`,
  npqAuthorise: (statementId: string) => `/finance/npq/statements/${statementId}/payment_authorisations/new`,
  npqAuthorisations: (statementId: string) => `/finance/npq/statements/${statementId}/payment_authorisations`,
  /**
   * An NPQ statement's adjustments (finance dashboard §3.3), at the NPQ service's addresses under
   * the statement's; the service's PUT and DELETE are posts to the adjustment's address and its `delete` page here.
   */
  npqAdjustments: (statementId: string) => `/finance/npq/statements/${statementId}/adjustments`,
  npqNewAdjustment: (statementId: string) => `/finance/npq/statements/${statementId}/adjustments/new`,
  npqAdjustment: (statementId: string, adjustmentId: string) =>
    `/finance/npq/statements/${statementId}/adjustments/${adjustmentId}`,
  npqEditAdjustment: (statementId: string, adjustmentId: string) =>
    `/finance/npq/statements/${statementId}/adjustments/${adjustmentId}/edit`,
  npqDeleteAdjustment: (statementId: string, adjustmentId: string) =>
    `/finance/npq/statements/${statementId}/adjustments/${adjustmentId}/delete`,
  npqAddAnotherAdjustment: (statementId: string) => `/finance/npq/statements/${statementId}/adjustments/add_another`,
  participants: "/finance/participants",
  participant: (participantId: string) => `/finance/participants/${participantId}`,
  voidDeclaration: (profileId: string, declarationId: string) =>
    `/finance/participant_profiles/${profileId}/ecf/participant_declarations/${declarationId}/void`,
} as const;
