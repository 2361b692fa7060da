import { fail, type Outcome, ok } from "../../result.ts";
import { FieldReader, field, type StatementInputError } from "../input/field-reader.ts";
import { readVatTerms } from "../input/read-vat-terms.ts";
import {
  type ContractTerms,
  firstCohortWithMentorFlatRate,
  firstPaymentCohort,
  type MentorFlatRateTerms,
} from "./contract-terms.ts";
import { readBandedFeeTerms } from "./read-banded-fee-structure.ts";
import { readMentorFlatRateTerms } from "./read-mentor-flat-rate-fee-structure.ts";

const contractKeys = ["cohort", "vat", "banded", "mentorFlatRate"] as const;

/** Validates contract terms (from a seed file, a form, a test) with the calculator's own rules. */
export function readContractTerms(value: unknown): Outcome<ContractTerms, StatementInputError[]> {
  const reader = new FieldReader();
  const record = reader.object(value, "", contractKeys);
  if (!record) {
    return fail(reader.errors);
  }
  const cohort = reader.integer(field(record, "cohort"), "cohort", firstPaymentCohort, 2100);
  const vat = readVatTerms(reader, field(record, "vat"), "vat");
  const banded = readBandedFeeTerms(reader, field(record, "banded"), "banded");
  const flatRateValue = field(record, "mentorFlatRate");
  let mentorFlatRate: MentorFlatRateTerms | null | undefined = null;
  if (flatRateValue !== null) {
    mentorFlatRate = readMentorFlatRateTerms(reader, flatRateValue, "mentorFlatRate");
    if (cohort !== undefined && cohort < firstCohortWithMentorFlatRate) {
      reader.report(
        "mentorFlatRate",
        `must be null for the ${cohort} cohort: mentors are paid a flat rate from the ${firstCohortWithMentorFlatRate} cohort`,
      );
    }
  }
  if (reader.errors.length > 0 || cohort === undefined || !vat || !banded || mentorFlatRate === undefined) {
    return fail(reader.errors);
  }
  return ok({ cohort, vat, banded, mentorFlatRate });
}
