/**
 * The titles of the NPQ service's error entries (NPQ rules §1.4): for a `422` the attribute the service put the error
 * on, otherwise a short name for the problem.
 */
export const NPQ_TITLES = {
  application: "application",
  base: "base",
  cohort: "cohort",
  completionDate: "completion_date",
  courseIdentifier: "course_identifier",
  declaration: "declaration",
  declarationDate: "declaration_date",
  declarationType: "declaration_type",
  deliveryPartner: "delivery_partner",
  deliveryPartnerId: "delivery_partner_id",
  fundedPlace: "funded_place",
  hasPassed: "has_passed",
  participantId: "participant_id",
  reason: "reason",
  schedule: "schedule",
  scheduleIdentifier: "schedule_identifier",
  secondaryDeliveryPartner: "secondary_delivery_partner",
  secondaryDeliveryPartnerId: "secondary_delivery_partner_id",
  state: "state",
  badRequest: "Bad request",
  unpermittedParameters: "Unpermitted parameters",
  cannotModifyDeclaration: "Cannot modify declaration",
  participantIdChanged: "Participant ID has been changed",
} as const;
