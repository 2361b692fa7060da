// A statement over 1,000,000 declarations spread over 40 earlier statements and this one: turning the rows into
// counts, calculating the statement, and writing its declarations CSV. The aim is a few linear passes over the
// rows, so the baseline is one pass over the same array comparing each row's statement id. Then the same for an NPQ
// statement over 1,000,000 NPQ declarations (distinct pairs per course, no bands), against its own baseline.
import {
  calculateStatement,
  countNpqStatementDeclarations,
  countStatementDeclarations,
  defaultContractTerms,
  ecfStatementInput,
  type NpqCourseContract,
  type NpqDeclarationState,
  type NpqStatementDeclarationRow,
  npqStatementInput,
  type Outcome,
  type PaymentDeclarationState,
  previousStatementIds,
  type StatementDeclarationRow,
  statementDeclarationsCsv,
} from "@lpkit/engine";
import { measure, printRows } from "./measure.ts";

const declarationCount = 1_000_000;
const earlierStatementCount = 40;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same rows. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const statements = Array.from({ length: earlierStatementCount + 1 }, (_, index) => {
  const month = new Date(Date.UTC(2024, 10 + index, 25));
  return { id: `statement-${index}`, paymentDate: month.toISOString().slice(0, 10) };
});
const current = statements[earlierStatementCount]?.id ?? "";
const types = ["started", "retained-1", "retained-2", "retained-3", "retained-4", "completed", "extended-1"] as const;

function makeRows(): StatementDeclarationRow[] {
  const next = random(2024);
  const rows: StatementDeclarationRow[] = new Array(declarationCount);
  for (let index = 0; index < declarationCount; index += 1) {
    const statementIndex = Math.floor(next() * statements.length);
    const onCurrent = statementIndex === earlierStatementCount;
    const roll = next();
    let state: PaymentDeclarationState = onCurrent ? (roll < 0.5 ? "eligible" : "payable") : "paid";
    let clawbackStatementId: string | null = null;
    if (roll > 0.97) {
      state = "voided";
    } else if (!onCurrent && roll > 0.95) {
      const clawbackIndex = statementIndex + 1 + Math.floor(next() * (earlierStatementCount - statementIndex));
      clawbackStatementId = statements[clawbackIndex]?.id ?? current;
      state = clawbackIndex === earlierStatementCount ? "awaiting-clawback" : "clawed-back";
    }
    const declarationType = types[Math.floor(next() * types.length)] ?? "started";
    rows[index] = {
      id: `declaration-${index}`,
      participantId: `participant-${index >> 2}`,
      courseIdentifier: next() < 0.2 ? "ecf-mentor" : "ecf-induction",
      declarationType,
      declarationDate: `2025-${String(1 + (index % 12)).padStart(2, "0")}-01T09:00:00Z`,
      state,
      statementId: statements[statementIndex]?.id ?? null,
      clawbackStatementId,
      uplift: declarationType === "started" && next() < 0.3,
    };
  }
  return rows;
}

const rows = makeRows();
/** The value of an outcome this benchmark builds to succeed; a failure means the benchmark itself is wrong. */
function succeeded<T, F>(outcome: Outcome<T, F>): T {
  if (!outcome.ok) {
    throw new Error(JSON.stringify(outcome.failure));
  }
  return outcome.value;
}

const contract = succeeded(
  defaultContractTerms({
    cohort: 2024,
    banded: {
      bands: [
        { capacity: 200_000, feePerDeclaration: "1000.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
        { capacity: 200_000, feePerDeclaration: "950.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
        { capacity: 200_000, feePerDeclaration: "900.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
      ],
      recruitmentTarget: 150_000,
    },
  }),
);
const countOptions = {
  statementId: current,
  previousStatementIds: succeeded(previousStatementIds(statements, current)),
  mentorsOnFlatRate: contract.mentorFlatRate !== null,
};
const counts = countStatementDeclarations(rows, countOptions);
const input = succeeded(ecfStatementInput(contract, counts));

function calculate() {
  return succeeded(
    calculateStatement(succeeded(ecfStatementInput(contract, countStatementDeclarations(rows, countOptions)))),
  );
}
const calculation = calculate();

const measurements = measure([
  {
    name: "baseline: one pass comparing statement ids",
    work: () => {
      let onStatement = 0;
      for (const row of rows) {
        if (row.statementId === current) {
          onStatement += 1;
        }
      }
      return onStatement;
    },
  },
  { name: "count declarations", work: () => countStatementDeclarations(rows, countOptions).uplifts.billable },
  {
    name: "calculate from counts (JSON in, JSON out)",
    work: () => {
      const outcome = calculateStatement(input);
      return outcome.ok ? outcome.value.totals.total : "";
    },
  },
  { name: "statement: count + calculate", work: () => calculate().totals.total },
  {
    name: "declarations CSV of the statement",
    work: () => statementDeclarationsCsv({ statementId: current, rows, calculation }),
  },
]);

console.log(
  `${declarationCount.toLocaleString("en-GB")} declarations over ${earlierStatementCount} earlier statements and this one; ` +
    `total £${calculation.totals.total}`,
);
printRows(measurements);

// NPQ: the rows of one lead provider and cohort, a third on this statement, the rest on others; a person has four
// declarations, sometimes the same type twice (the distinct count then matters).
const npqCourses = [
  "npq-headship",
  "npq-senior-leadership",
  "npq-leading-teaching",
  "npq-leading-literacy",
  "npq-early-headship-coaching-offer",
] as const;
const npqTypes = ["started", "retained-1", "retained-2", "completed"] as const;

function makeNpqRows(): NpqStatementDeclarationRow[] {
  const next = random(2025);
  const npqRows: NpqStatementDeclarationRow[] = new Array(declarationCount);
  for (let index = 0; index < declarationCount; index += 1) {
    const onCurrent = next() < 0.34;
    const roll = next();
    let state: NpqDeclarationState = onCurrent ? (roll < 0.5 ? "eligible" : "payable") : "paid";
    let clawbackStatementId: string | null = null;
    if (roll > 0.97) {
      state = "voided";
    } else if (!onCurrent && roll > 0.95) {
      clawbackStatementId = current;
      state = "awaiting-clawback";
    }
    npqRows[index] = {
      id: `npq-declaration-${index}`,
      participantId: `npq-participant-${index >> 2}`,
      courseIdentifier: npqCourses[(index >> 2) % npqCourses.length] ?? "npq-headship",
      declarationType: npqTypes[Math.floor(next() * npqTypes.length)] ?? "started",
      declarationDate: `2025-${String(1 + (index % 9)).padStart(2, "0")}-01T09:00:00Z`,
      state,
      statementId: onCurrent ? current : (statements[Math.floor(next() * earlierStatementCount)]?.id ?? null),
      clawbackStatementId,
      targetedDeliveryFunding: next() < 0.3,
    };
  }
  return npqRows;
}

const npqRows = makeNpqRows();
const npqContracts: NpqCourseContract[] = npqCourses.map((course) => ({
  course,
  terms: { recruitmentTarget: 40_000, feePerParticipant: "1200.00", serviceFeeInstallments: 24 },
}));

function calculateNpq() {
  const npqInput = succeeded(
    npqStatementInput({
      cohort: 2024,
      statementMonth: "2025-10",
      contracts: npqContracts,
      counts: countNpqStatementDeclarations(npqRows, current),
    }),
  );
  return succeeded(calculateStatement(npqInput));
}
const npqCalculation = calculateNpq();

const npqMeasurements = measure([
  {
    name: "NPQ baseline: one pass comparing statement ids",
    work: () => {
      let onStatement = 0;
      for (const row of npqRows) {
        if (row.statementId === current) {
          onStatement += 1;
        }
      }
      return onStatement;
    },
  },
  { name: "NPQ count declarations", work: () => Object.keys(countNpqStatementDeclarations(npqRows, current)).length },
  { name: "NPQ statement: count + calculate", work: () => calculateNpq().totals.total },
  {
    name: "NPQ declarations CSV of the statement",
    work: () => statementDeclarationsCsv({ statementId: current, rows: npqRows, calculation: npqCalculation }),
  },
]);

console.log(
  `\n${declarationCount.toLocaleString("en-GB")} NPQ declarations, a third on this statement; total £${npqCalculation.totals.total}`,
);
printRows(npqMeasurements);
