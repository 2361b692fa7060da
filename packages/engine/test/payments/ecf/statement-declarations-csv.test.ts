import { describe, expect, it } from "vitest";
import { calculateStatement } from "../../../src/payments/calculate-statement.ts";
import { countStatementDeclarations } from "../../../src/payments/ecf/count-statement-declarations.ts";
import { defaultContractTerms } from "../../../src/payments/ecf/default-contract-terms.ts";
import { ecfStatementInput } from "../../../src/payments/ecf/ecf-statement-input.ts";
import type { StatementDeclarationRow } from "../../../src/payments/ecf/statement-declaration-row.ts";
import {
  statementDeclarationsCsv,
  statementDeclarationsCsvHeader,
} from "../../../src/payments/ecf/statement-declarations-csv.ts";
import { decimal, sum } from "../../../src/payments/fraction.ts";
import type { StatementCalculation } from "../../../src/payments/statement-calculation.ts";
import { expectOk } from "../../support/expect-failure.ts";

function row(id: string, overrides: Partial<StatementDeclarationRow>): StatementDeclarationRow {
  return {
    id,
    participantId: `participant-of-${id}`,
    courseIdentifier: "ecf-induction",
    declarationType: "started",
    declarationDate: "2024-10-01T09:00:00Z",
    state: "eligible",
    statementId: "current",
    clawbackStatementId: null,
    uplift: false,
    ...overrides,
  };
}

function calculate(rows: StatementDeclarationRow[], cohort = 2024): StatementCalculation {
  const contract = expectOk(
    defaultContractTerms({
      cohort,
      banded: {
        bands: [
          { capacity: 2, feePerDeclaration: "1000.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
          { capacity: 2, feePerDeclaration: "500.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
        ],
        monthlyServiceFee: "0.00",
      },
    }),
  );
  const counts = countStatementDeclarations(rows, {
    statementId: "current",
    previousStatementIds: ["earlier"],
    mentorsOnFlatRate: contract.mentorFlatRate !== null,
  });
  return expectOk(calculateStatement(expectOk(ecfStatementInput(contract, counts))));
}

/** Parses what statementDeclarationsCsv writes (fields with quotes included), keyed by header. */
function parse(csv: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < csv.length; index += 1) {
    const character = csv.charAt(index);
    if (quoted) {
      if (character === '"' && csv.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') {
        quoted = false;
      } else {
        field += character;
      }
    } else if (character === '"') {
      quoted = true;
    } else if (character === ",") {
      record.push(field);
      field = "";
    } else if (character === "\r" && csv.charAt(index + 1) === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      index += 1;
    } else {
      field += character;
    }
  }
  const [header = [], ...rows] = records;
  return rows.map((values) => Object.fromEntries(header.map((name, index) => [name, values[index] ?? ""])));
}

describe("statementDeclarationsCsv", () => {
  it("writes one row per declaration on the statement, with what each contributes", () => {
    const rows = [
      row("earlier-a", { statementId: "earlier", state: "paid" }),
      row("b-second", { declarationDate: "2024-10-02T09:00:00Z", uplift: true }),
      row("a-first", { declarationDate: "2024-10-01T09:00:00Z" }),
      row("c-third", { declarationDate: "2024-10-03T09:00:00Z" }),
      row("d-fourth", { declarationDate: "2024-10-04T09:00:00Z", state: "payable" }),
      row("voided", { state: "voided" }),
      row("clawed", {
        state: "awaiting-clawback",
        statementId: "earlier",
        clawbackStatementId: "current",
        declarationType: "retained-1",
      }),
      row("elsewhere", { statementId: "later" }),
    ];
    const calculation = calculate(rows);
    const csv = statementDeclarationsCsv({ statementId: "current", rows, calculation });
    expect(csv.split("\r\n")[0]).toBe(statementDeclarationsCsvHeader.join(","));
    expect(csv.endsWith("\r\n")).toBe(true);
    const records = parse(csv);
    // The earlier start holds one place in band A; the four current starts take A's last place, then B, then none.
    expect(
      records.map((record) => [
        record.declaration_id,
        record.counted_as,
        record.band,
        record.output_amount,
        record.uplift_amount,
        record.amount,
      ]),
    ).toEqual([
      ["b-second", "output", "B", "60.00", "100.00", "160.00"],
      ["a-first", "output", "A", "120.00", "0.00", "120.00"],
      ["c-third", "output", "B", "60.00", "0.00", "60.00"],
      ["d-fourth", "output-beyond-capacity", "", "0.00", "0.00", "0.00"],
      ["voided", "voided", "", "0.00", "0.00", "0.00"],
      ["clawed", "clawback", "A", "-90.00", "0.00", "-90.00"],
    ]);
    expect(records[5]).toMatchObject({
      participant_id: "participant-of-clawed",
      course_identifier: "ecf-induction",
      declaration_type: "retained-1",
      declaration_date: "2024-10-01T09:00:00Z",
      state: "awaiting-clawback",
      statement_id: "earlier",
      clawback_statement_id: "current",
    });
  });

  it("adds up to the statement's output, uplift and clawbacks", () => {
    const rows = Array.from({ length: 7 }, (_, index) =>
      row(`d${index}`, { uplift: index % 2 === 0, declarationDate: `2024-10-0${index + 1}T00:00:00Z` }),
    );
    rows.push(
      row("refund", { state: "clawed-back", statementId: "earlier", clawbackStatementId: "current", uplift: true }),
    );
    const calculation = calculate(rows);
    const records = parse(statementDeclarationsCsv({ statementId: "current", rows, calculation }));
    const total = sum(records.map((record) => decimal(record.amount ?? "0")));
    const { outputPayment, upliftFees, clawbacks } = calculation.totals;
    expect(total).toEqual(sum([decimal(outputPayment), decimal(upliftFees), decimal(clawbacks)]));
  });

  it("pays flat-rate mentors outside the bands", () => {
    const rows = [
      row("ect", {}),
      row("mentor-start", { courseIdentifier: "ecf-mentor" }),
      row("mentor-done", { courseIdentifier: "ecf-mentor", declarationType: "completed", state: "paid" }),
      row("mentor-refund", {
        courseIdentifier: "ecf-mentor",
        state: "awaiting-clawback",
        statementId: "earlier",
        clawbackStatementId: "current",
      }),
    ];
    const records = parse(
      statementDeclarationsCsv({ statementId: "current", rows, calculation: calculate(rows, 2025) }),
    );
    expect(records.map((record) => [record.declaration_id, record.counted_as, record.band, record.amount])).toEqual([
      ["ect", "output", "A", "120.00"],
      ["mentor-start", "output", "", "500.00"],
      ["mentor-done", "output", "", "500.00"],
      ["mentor-refund", "clawback", "", "-500.00"],
    ]);
  });

  it("quotes fields as RFC 4180 requires", () => {
    const rows = [row('odd,"id"', { participantId: "line\nbreak" })];
    const csv = statementDeclarationsCsv({ statementId: "current", rows, calculation: calculate(rows) });
    expect(csv.split("\r\n")[1]).toMatch(/^"odd,""id""","line\nbreak",ecf-induction,/);
    expect(parse(csv)[0]).toMatchObject({
      declaration_id: 'odd,"id"',
      participant_id: "line\nbreak",
      amount: "120.00",
    });
  });

  it("is only the header for a statement with no declarations", () => {
    const csv = statementDeclarationsCsv({ statementId: "current", rows: [], calculation: calculate([]) });
    expect(csv).toBe(`${statementDeclarationsCsvHeader.join(",")}\r\n`);
  });
});
