/** Error titles: the attribute names the service reports, after its term substitution (ECF rules §1.6). */
export const TITLES = {
  participantId: "participant_id",
  courseIdentifier: "course_identifier",
  declarationDate: "declaration_date",
  declarationType: "declaration_type",
  evidenceHeld: "evidence_held",
  cohort: "cohort",
  participantDeclarationId: "participant_declaration_id",
  schoolId: "school_id",
  deliveryPartnerId: "delivery_partner_id",
  reason: "reason",
  scheduleIdentifier: "schedule_identifier",
  badRequest: "Bad request",
  badParameter: "Bad parameter",
  resourceNotFound: "Resource not found",
} as const;
