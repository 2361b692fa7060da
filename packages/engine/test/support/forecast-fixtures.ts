import type { ApiDeclaration, ApiStatement } from "../../src/forecast/api-resources.ts";
import type { ContractTerms } from "../../src/payments/ecf/contract-terms.ts";
import { defaultContractTerms } from "../../src/payments/ecf/default-contract-terms.ts";

/** Valid terms for a cohort: bands of 2 so that tests can fill them, £1,000 / £950 / £900, no set-up fee. */
export function smallBandTerms(cohort: number): ContractTerms {
  const terms = defaultContractTerms({
    cohort,
    banded: {
      bands: [
        { capacity: 2, feePerDeclaration: "1000.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
        { capacity: 2, feePerDeclaration: "950.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
      ],
      recruitmentTarget: 4,
      monthlyServiceFee: "100.00",
    },
  });
  if (!terms.ok) {
    throw new Error(JSON.stringify(terms.failure));
  }
  return terms.value;
}

/** An item of `GET /api/v3/statements`. */
export function apiStatement(id: string, cohort: number, paymentDate: string, paid = false): ApiStatement {
  const [year, month] = paymentDate.split("-");
  return {
    id,
    attributes: {
      month: month === "11" ? "November" : month === "01" ? "January" : "April",
      year: year as string,
      cohort: String(cohort),
      cut_off_date: `${year}-${month}-01`,
      payment_date: paymentDate,
      paid,
    },
  };
}

/** An item of `GET /api/v3/participant-declarations`. */
export function apiDeclaration(
  id: string,
  attributes: Partial<ApiDeclaration["attributes"]> & Pick<ApiDeclaration["attributes"], "state">,
): ApiDeclaration {
  return {
    id,
    attributes: {
      participant_id: `participant-${id}`,
      declaration_type: "started",
      declaration_date: "2025-10-01T10:00:00Z",
      course_identifier: "ecf-induction",
      statement_id: null,
      clawback_statement_id: null,
      uplift_paid: false,
      ...attributes,
    },
  };
}
