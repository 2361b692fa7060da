import type { NpqForecastCohortContract } from "../../src/forecast/forecast-contract.ts";
import type { ApiNpqApplication, ApiNpqDeclaration } from "../../src/forecast/npq/npq-api-resources.ts";

/**
 * Headship terms with round figures: £1,000 a participant, a target of 10 over 20 instalments, so a £200 monthly
 * service fee (10 x 1000 x 40% / 20) and £150 a declaration (1000 x 60% / 4).
 */
export function headshipContract(cohort: string, feePerParticipant = "1000.00"): NpqForecastCohortContract {
  return {
    cohort,
    courses: { "npq-headship": { recruitmentTarget: 10, feePerParticipant, serviceFeeInstallments: 20 } },
  };
}

/** An item of the NPQ API's `GET /api/v3/participant-declarations`, on a headship application. */
export function apiNpqDeclaration(
  id: string,
  attributes: Partial<ApiNpqDeclaration["attributes"]> & Pick<ApiNpqDeclaration["attributes"], "state">,
): ApiNpqDeclaration {
  return {
    id,
    attributes: {
      participant_id: `participant-${id}`,
      declaration_type: "started",
      declaration_date: "2025-05-01T10:00:00Z",
      course_identifier: "npq-headship",
      statement_id: null,
      clawback_statement_id: null,
      application_id: `application-${id}`,
      ...attributes,
    },
  };
}

/** An item of `GET /api/v3/npq-applications`: funded, in 2024a, not eligible for targeted delivery funding. */
export function apiNpqApplication(
  id: string,
  attributes: Partial<ApiNpqApplication["attributes"]> = {},
): ApiNpqApplication {
  return {
    id,
    attributes: {
      cohort: "2024",
      cohort_suffix: "a",
      eligible_for_funding: true,
      targeted_delivery_funding_eligibility: false,
      ineligible_for_funding_reason: null,
      ...attributes,
    },
  };
}
