// @lpkit/engine as installed from its tarball: a statement calculated from no declarations.
import assert from "node:assert/strict";
import { calculateStatement, countStatementDeclarations, defaultContractTerms, ecfStatementInput } from "@lpkit/engine";

const contract = defaultContractTerms({
  cohort: 2025,
  banded: {
    bands: [{ capacity: 100, feePerDeclaration: "1000.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" }],
    recruitmentTarget: 100,
  },
});
const counts = countStatementDeclarations([], {
  statementId: "statement-1",
  previousStatementIds: [],
  mentorsOnFlatRate: contract.mentorFlatRate !== null,
});
const outcome = calculateStatement(ecfStatementInput(contract, counts));
assert.equal(outcome.ok, true, JSON.stringify(outcome));
console.log("@lpkit/engine: calculated a statement");
