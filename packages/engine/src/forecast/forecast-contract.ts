import type { ContractTerms } from "../payments/ecf/contract-terms.ts";
import type { AdjustmentInput } from "../payments/statement-input.ts";

/**
 * The contract terms file a lead provider writes once from the contracts it signed: the calculator's terms for each
 * cohort (`ContractTerms`, as `readContractTerms` validates them), and optionally the adjustments DfE told it of,
 * per statement. The API shows neither, so a forecast takes both from here.
 *
 *     {
 *       "contracts": [{ "cohort": 2024, "vat": {...}, "banded": {...}, "mentorFlatRate": null }],
 *       "adjustments": { "<statement id>": [{ "description": "Late registration", "amount": "-250.00" }] }
 *     }
 *
 * A statement listed under `adjustments` (even with `[]`) has known adjustments; one left out has adjustments the
 * forecast cannot know, which it says.
 */
export interface ForecastContractFile {
  contracts: ContractTerms[];
  adjustments?: Record<string, AdjustmentInput[]>;
}

/** The contract terms file once validated: terms by cohort, adjustments by statement id. */
export interface ForecastContract {
  readonly terms: ReadonlyMap<number, ContractTerms>;
  readonly adjustments: ReadonlyMap<string, readonly AdjustmentInput[]>;
}
