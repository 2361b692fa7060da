/**
 * A declaration as the NPQ API shows it (NPQ rules §2.3): the `participant-declaration` resource with the attributes
 * of `ParticipantDeclarationAttributes` in `spec/npq-v3.yaml`, in that order.
 */
import { formatApiDateTime } from "../../time/rfc3339.ts";
import type { NpqDeclaration, NpqDeclarationState } from "../model/declaration.ts";
import { findNpqRow, getNpqRow, type NpqWorld } from "../model/world.ts";
import { npqCourseHasOutcomes } from "../reference/courses.ts";
import { npqHasPassed } from "../rules/outcomes.ts";

export interface NpqDeclarationResource {
  readonly id: string;
  readonly type: "participant-declaration";
  readonly attributes: Record<string, unknown>;
}

const PAID_OR_AFTER: readonly NpqDeclarationState[] = ["paid", "awaiting-clawback", "clawed-back"];
/** The statement line the API shows as `statement_id`: eligible, payable or paid, and kept while clawed back. */
const ON_STATEMENT: readonly NpqDeclarationState[] = ["eligible", "payable", ...PAID_OR_AFTER];

/** `uplift_paid`: a started declaration on a course with outcomes, with targeted delivery funding, once paid. */
function upliftPaid(world: NpqWorld, declaration: NpqDeclaration): boolean {
  const application = getNpqRow(world, "applications", declaration.applicationId);
  return (
    declaration.declarationType === "started" &&
    npqCourseHasOutcomes(declaration.courseIdentifier) &&
    application.targetedDeliveryFundingEligibility &&
    PAID_OR_AFTER.includes(declaration.state)
  );
}

export function npqDeclarationView(world: NpqWorld, declaration: NpqDeclaration): NpqDeclarationResource {
  const partner = findNpqRow(world, "deliveryPartners", declaration.deliveryPartnerId);
  const secondary = findNpqRow(world, "deliveryPartners", declaration.secondaryDeliveryPartnerId);
  return {
    id: declaration.id,
    type: "participant-declaration",
    attributes: {
      participant_id: declaration.userId,
      declaration_type: declaration.declarationType,
      course_identifier: declaration.courseIdentifier,
      declaration_date: formatApiDateTime(declaration.declarationDate),
      state: declaration.state,
      has_passed: npqHasPassed(world, declaration),
      delivery_partner_id: partner?.id ?? null,
      delivery_partner_name: partner?.name ?? null,
      secondary_delivery_partner_id: secondary?.id ?? null,
      secondary_delivery_partner_name: secondary?.name ?? null,
      statement_id: ON_STATEMENT.includes(declaration.state) ? declaration.statementId : null,
      application_id: declaration.applicationId,
      clawback_statement_id: declaration.clawbackStatementId,
      uplift_paid: upliftPaid(world, declaration),
      lead_provider_name: getNpqRow(world, "leadProviders", declaration.leadProviderId).name,
      // Nothing records a reason for a same-TRN duplicate (NPQ rules §Q4).
      ineligible_for_funding_reason: null,
      created_at: formatApiDateTime(declaration.createdAt),
      updated_at: formatApiDateTime(declaration.updatedAt),
    },
  };
}
