// @lpkit/engine as installed from its tarball: a statement calculated from no declarations.
import assert from "node:assert/strict";
import { calculateStatement, countStatementDeclarations, defaultContractTerms, ecfStatementInput } from "@lpkit/engine";

const terms = defaultContractTerms({
  cohort: 2025,
  banded: {
    bands: [{ capacity: 100, feePerDeclaration: "1000.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" }],
    recruitmentTarget: 100,
  },
});
assert.equal(terms.ok, true, JSON.stringify(terms));
const contract = terms.value;
const counts = countStatementDeclarations([], {
  statementId: "statement-1",
  previousStatementIds: [],
  mentorsOnFlatRate: contract.mentorFlatRate !== null,
});
const input = ecfStatementInput(contract, counts);
assert.equal(input.ok, true, JSON.stringify(input));
const outcome = calculateStatement(input.value);
assert.equal(outcome.ok, true, JSON.stringify(outcome));
console.log("@lpkit/engine: calculated a statement");
