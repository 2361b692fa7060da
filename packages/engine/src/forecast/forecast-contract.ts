import type { NpqCourseIdentifier } from "../npq/reference/courses.ts";
import type { ContractTerms } from "../payments/ecf/contract-terms.ts";
import type { NpqCourseTerms } from "../payments/npq/contract-terms.ts";
import type { AdjustmentInput, NpqCourseFeeStructureInput } from "../payments/statement-input.ts";

/**
 * The contract terms file a lead provider writes once from the contracts it signed: the calculator's terms for each
 * ECF cohort (`ContractTerms`, as `readContractTerms` validates them), for each NPQ cohort the terms per course
 * (`NpqForecastCohortContract`), and optionally the adjustments DfE told it of, per statement. The API shows none of
 * them, so a forecast takes them from here. A provider of one programme leaves the other's list out.
 *
 *     {
 *       "contracts": [{ "cohort": 2024, "vat": {...}, "banded": {...}, "mentorFlatRate": null }],
 *       "npqContracts": [{ "cohort": "2025a", "courses": { "npq-headship": { "recruitmentTarget": 120, ... } } }],
 *       "adjustments": { "<statement id>": [{ "description": "Late registration", "amount": "-250.00" }] }
 *     }
 *
 * A statement listed under `adjustments` (even with `[]`) has known adjustments; one left out has adjustments the
 * forecast cannot know, which it says.
 */
export interface ForecastContractFile {
  contracts?: ContractTerms[];
  npqContracts?: NpqForecastCohortContract[];
  adjustments?: Record<string, AdjustmentInput[]>;
}

/**
 * One NPQ cohort's contracts (payment rules §6.1): the terms of each course the provider is contracted for, the
 * course group's template filling what is left out, as `calculateStatement` reads them. The service hangs one
 * contract per course on each of the cohort's statements, with the same terms.
 */
export interface NpqForecastCohortContract {
  /** The cohort identifier, start year and suffix ("2025a"); a start year alone ("2025") means suffix a. */
  cohort: string;
  courses: Partial<Record<NpqCourseIdentifier, NpqCourseFeeStructureInput["terms"]>>;
}

/** An NPQ cohort's contracts once validated: every default filled in, in the service's course order. */
export interface NpqCohortTerms {
  /** "2025a". */
  readonly cohort: string;
  readonly startYear: number;
  readonly courses: readonly { readonly course: NpqCourseIdentifier; readonly terms: NpqCourseTerms }[];
}

/** The contract terms file once validated: terms by cohort, adjustments by statement id. */
export interface ForecastContract {
  readonly terms: ReadonlyMap<number, ContractTerms>;
  /** By cohort identifier ("2025a"). */
  readonly npqTerms: ReadonlyMap<string, NpqCohortTerms>;
  readonly adjustments: ReadonlyMap<string, readonly AdjustmentInput[]>;
}
