import type { Declaration, DeclarationState } from "../model/declaration.ts";
import { declarationState } from "../model/declaration.ts";
import { getRow, type World } from "../model/world.ts";
import { type CourseIdentifier, courseOfRole } from "../reference/courses.ts";
import type { DeclarationType } from "../reference/declaration-types.ts";
import type { EvidenceType } from "../reference/evidence.ts";
import { formatApiDateTime } from "../time/rfc3339.ts";
import type { Resource } from "./resource.ts";

/** Attributes of a `participant-declaration`, in the service's order (ECF rules §2.1). */
export interface DeclarationAttributes {
  readonly participant_id: string;
  readonly declaration_type: DeclarationType;
  readonly declaration_date: string;
  readonly course_identifier: CourseIdentifier;
  readonly state: DeclarationState;
  readonly updated_at: string;
  readonly created_at: string;
  readonly delivery_partner_id: string;
  readonly statement_id: string | null;
  readonly clawback_statement_id: string | null;
  /** Always null: the service has no `ineligible` state any more. */
  readonly ineligible_for_funding_reason: null;
  readonly mentor_id: string | null;
  readonly uplift_paid: boolean;
  readonly evidence_held: EvidenceType | null;
  readonly lead_provider_name: string;
}

export type DeclarationResource = Resource<"participant-declaration", DeclarationAttributes>;

export function declarationView(world: World, declaration: Declaration): DeclarationResource {
  const state = declarationState(declaration);
  return {
    id: declaration.id,
    type: "participant-declaration",
    attributes: {
      participant_id: declaration.teacherId,
      declaration_type: declaration.declarationType,
      declaration_date: formatApiDateTime(declaration.declarationDate),
      course_identifier: courseOfRole(declaration.role),
      state,
      updated_at: formatApiDateTime(declaration.updatedAt),
      created_at: formatApiDateTime(declaration.createdAt),
      delivery_partner_id: declaration.deliveryPartnerId,
      // Both read the payment status, which a clawback leaves at `paid` (ECF rules §2.1): a clawed-back declaration
      // keeps its statement and its uplift.
      statement_id: declaration.paymentStatus === "voided" ? null : declaration.statementId,
      clawback_statement_id: declaration.clawbackStatementId,
      ineligible_for_funding_reason: null,
      mentor_id: declaration.mentorId,
      uplift_paid:
        declaration.paymentStatus === "paid" && (declaration.pupilPremiumUplift || declaration.sparsityUplift),
      evidence_held: declaration.evidenceHeld,
      lead_provider_name: getRow(world, "leadProviders", declaration.leadProviderId).name,
    },
  };
}
