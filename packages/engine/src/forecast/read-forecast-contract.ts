import type { ContractTerms } from "../payments/ecf/contract-terms.ts";
import { readContractTerms } from "../payments/ecf/read-contract-terms.ts";
import { compare, fraction } from "../payments/fraction.ts";
import { FieldReader, field, fieldPath, type StatementInputError } from "../payments/input/field-reader.ts";
import type { AdjustmentInput } from "../payments/statement-input.ts";
import { fail, type Outcome, ok } from "../result.ts";
import type { ForecastContract } from "./forecast-contract.ts";
import { readNpqContracts } from "./npq/read-npq-contracts.ts";

const fileKeys = ["contracts", "npqContracts", "adjustments"] as const;
const adjustmentKeys = ["description", "amount"] as const;
/** Enough for every cohort the ECF contracts cover, many times over. */
const maximumContracts = 100;
const maximumAdjustments = 1000;
/** Adjustments are limited to £1,000,000 either way, as the service limits them (payment rules §1.5). */
const adjustmentLimit = fraction(1_000_000n);
const negativeLimit = fraction(-1_000_000n);

/**
 * Validates a contract terms file (see `ForecastContractFile`), reporting every problem with its path in the file
 * (`contracts[1].banded.bands[0].capacity`), never throwing. Each contract is validated by `readContractTerms`,
 * the calculator's own rules, each NPQ course's terms by the NPQ calculator's; a cohort may appear once in each list.
 * A file needs `contracts` (ECF), `npqContracts` (NPQ) or both.
 */
export function readForecastContract(value: unknown): Outcome<ForecastContract, StatementInputError[]> {
  const reader = new FieldReader();
  const record = reader.object(value, "", fileKeys);
  if (!record) {
    return fail(reader.errors);
  }
  if (field(record, "contracts") === undefined && field(record, "npqContracts") === undefined) {
    reader.report("contracts", "is missing: give contracts (ECF cohorts), npqContracts (NPQ cohorts) or both");
    return fail(reader.errors);
  }
  const terms = readContracts(reader, field(record, "contracts"));
  const npqTerms = readNpqContracts(reader, field(record, "npqContracts"));
  const adjustments = readAdjustmentsByStatement(reader, field(record, "adjustments"));
  if (reader.errors.length > 0 || !terms || !npqTerms || !adjustments) {
    return fail(reader.errors);
  }
  return ok({ terms, npqTerms, adjustments });
}

function readContracts(reader: FieldReader, value: unknown): Map<number, ContractTerms> | undefined {
  if (value === undefined) {
    return new Map();
  }
  const values = reader.array(value, "contracts", { minimum: 1, maximum: maximumContracts });
  if (!values) {
    return undefined;
  }
  const terms = new Map<number, ContractTerms>();
  for (const [index, contract] of values.entries()) {
    const path = fieldPath("contracts", index);
    const read = readContractTerms(contract);
    if (!read.ok) {
      for (const error of read.failure) {
        reader.errors.push(prefixed(error, path));
      }
      continue;
    }
    if (terms.has(read.value.cohort)) {
      reader.report(
        fieldPath(path, "cohort"),
        `repeats the ${read.value.cohort} cohort: give each cohort's terms once`,
      );
      continue;
    }
    terms.set(read.value.cohort, read.value);
  }
  return terms;
}

/** `readContractTerms` names fields from the contract's root; in the file they sit under `contracts[i]`. */
function prefixed(error: StatementInputError, path: string): StatementInputError {
  if (error.title === "input") {
    return { title: path, detail: `${path}${error.detail.slice("The input".length)}` };
  }
  const title = error.title.startsWith("[") ? `${path}${error.title}` : `${path}.${error.title}`;
  return { title, detail: `${title}${error.detail.slice(error.title.length)}` };
}

function readAdjustmentsByStatement(
  reader: FieldReader,
  value: unknown,
): Map<string, readonly AdjustmentInput[]> | undefined {
  const byStatement = new Map<string, readonly AdjustmentInput[]>();
  if (value === undefined) {
    return byStatement;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    reader.expected(value, "adjustments", "must be an object of adjustments by statement id");
    return undefined;
  }
  for (const [statementId, list] of Object.entries(value)) {
    const path = fieldPath("adjustments", statementId);
    const adjustments = reader.array(list, path, { minimum: 0, maximum: maximumAdjustments });
    if (adjustments) {
      byStatement.set(statementId, readAdjustments(reader, adjustments, path));
    }
  }
  return byStatement;
}

function readAdjustments(reader: FieldReader, values: unknown[], parent: string): AdjustmentInput[] {
  const adjustments: AdjustmentInput[] = [];
  for (const [index, value] of values.entries()) {
    const path = fieldPath(parent, index);
    const record = reader.object(value, path, adjustmentKeys);
    if (!record) {
      continue;
    }
    const description = reader.text(field(record, "description"), fieldPath(path, "description"), 255);
    const amountText = field(record, "amount");
    const amount = reader.money(amountText, fieldPath(path, "amount"), { allowNegative: true });
    if (
      amount &&
      (amount.numerator === 0n || compare(amount, adjustmentLimit) > 0 || compare(amount, negativeLimit) < 0)
    ) {
      reader.report(fieldPath(path, "amount"), 'must not be zero, and must be from "-1000000.00" to "1000000.00"');
      continue;
    }
    if (description !== undefined && amount) {
      adjustments.push({ description, amount: amountText as string });
    }
  }
  return adjustments;
}
