import { describe, expect, it } from "vitest";
import { forecastStatements, type StatementForecast } from "../../src/forecast/forecast-statements.ts";
import type { EcfBandedCalculation } from "../../src/payments/statement-calculation.ts";
import { apiDeclaration, apiStatement, smallBandTerms } from "../support/forecast-fixtures.ts";

const november = apiStatement("november", 2024, "2024-11-25", true);
const january = apiStatement("january", 2025 - 1, "2025-01-25");
const statements = [january, november];

function banded(forecast: StatementForecast | undefined): EcfBandedCalculation {
  const fees = forecast?.calculation.feeStructures[0];
  if (fees?.model !== "ecf-banded") {
    throw new Error("no banded fee structure");
  }
  return fees;
}

function started(forecast: StatementForecast | undefined) {
  return banded(forecast).declarations.find(({ declarationType }) => declarationType === "started");
}

describe("forecastStatements", () => {
  it("fills the bands in payment date order, whatever order the statements come in (payment rules §1.3)", () => {
    const declarations = ["a", "b", "c"].map((id) =>
      apiDeclaration(id, { state: "paid", statement_id: "november", uplift_paid: false }),
    );
    declarations.push(apiDeclaration("d", { state: "eligible", statement_id: "january" }));
    const { forecasts, problems } = forecastStatements({
      contract: { contracts: [smallBandTerms(2024)] },
      statements,
      declarations,
    });
    expect(problems).toEqual([]);
    expect(forecasts.map(({ statementId }) => statementId)).toEqual(["november", "january"]);
    const [first, second] = forecasts;
    expect(started(first)?.bands.map(({ billable }) => billable)).toEqual([2, 1]);
    // Band A is full after November: January's declaration is paid at band B's price, 0.2 x 0.6 x £950.
    expect(started(second)?.bands.map(({ previousBillable, billable }) => [previousBillable, billable])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    expect(second?.calculation.totals.outputPayment).toBe("114.00");
  });

  it("claws back on clawback_statement_id, uplift included, and keeps the payment on the statement that paid it", () => {
    const declarations = [
      apiDeclaration("a", {
        state: "awaiting-clawback",
        statement_id: "november",
        clawback_statement_id: "january",
        uplift_paid: true,
      }),
    ];
    const { forecasts } = forecastStatements({
      contract: { contracts: [smallBandTerms(2024)], adjustments: { november: [], january: [] } },
      statements,
      declarations,
    });
    const [first, second] = forecasts;
    expect(first?.calculation.totals).toMatchObject({ outputPayment: "120.00", upliftFees: "100.00" });
    expect(second?.calculation.totals).toMatchObject({ outputPayment: "0.00", clawbacks: "-220.00" });
    expect(first?.declarations.map(({ id }) => id)).toEqual(["a"]);
    expect(second?.undetermined.map(({ figure }) => figure)).toEqual(["voided"]);
  });

  it("says when uplifts may be missing: uplift_paid is false until a declaration is paid", () => {
    const { forecasts } = forecastStatements({
      contract: { contracts: [smallBandTerms(2024)] },
      statements,
      declarations: [apiDeclaration("a", { state: "eligible", statement_id: "january" })],
    });
    const january = forecasts.find(({ statementId }) => statementId === "january");
    expect(january?.calculation.totals.upliftFees).toBe("0.00");
    expect(january?.undetermined).toContainEqual(expect.objectContaining({ figure: "upliftFees", declarations: 1 }));
  });

  it("adds the adjustments the terms file gives, and says the others are unknown", () => {
    const { forecasts } = forecastStatements({
      contract: {
        contracts: [smallBandTerms(2024)],
        adjustments: { january: [{ description: "Late registration", amount: "-250.00" }] },
      },
      statements,
      declarations: [],
    });
    const [first, second] = forecasts;
    expect(first?.undetermined.map(({ figure }) => figure)).toEqual(["voided", "adjustments"]);
    expect(second?.undetermined.map(({ figure }) => figure)).toEqual(["voided"]);
    // £100 service fee - £250, with 20% VAT.
    expect(second?.calculation.totals).toMatchObject({ adjustments: "-250.00", subtotal: "-150.00", total: "-180.00" });
  });

  it("pays 2025 mentors the flat rate, outside the bands", () => {
    const { forecasts } = forecastStatements({
      contract: { contracts: [smallBandTerms(2025)] },
      statements: [apiStatement("s", 2025, "2025-11-25")],
      declarations: [apiDeclaration("m", { state: "eligible", statement_id: "s", course_identifier: "ecf-mentor" })],
    });
    const flatRate = forecasts[0]?.calculation.feeStructures[1];
    expect(flatRate?.model).toBe("ecf-mentor-flat-rate");
    expect(flatRate?.totals.outputPayment).toBe("500.00");
    expect(started(forecasts[0])?.bands.every(({ billable }) => billable === 0)).toBe(true);
  });

  it("gives what each service fee statement pays, per cohort in the terms file", () => {
    const { serviceFeeStatements } = forecastStatements({
      contract: { contracts: [smallBandTerms(2025), smallBandTerms(2024)] },
      statements: [],
      declarations: [],
    });
    expect(serviceFeeStatements.map(({ cohort, calculation }) => [cohort, calculation.totals.total])).toEqual([
      [2024, "120.00"],
      [2025, "120.00"],
    ]);
  });

  it("reports what it cannot place: a statement not given, a cohort without terms", () => {
    const { forecasts, problems } = forecastStatements({
      contract: { contracts: [smallBandTerms(2024)] },
      statements: [...statements, apiStatement("other", 2023, "2024-11-25")],
      declarations: [apiDeclaration("a", { state: "paid", statement_id: "unknown" })],
    });
    expect(forecasts.map(({ statementId }) => statementId)).toEqual(["november", "january"]);
    expect(problems).toEqual([
      {
        title: "statements[2].attributes.cohort",
        detail:
          "statements[2].attributes.cohort is 2023, and the contract terms file has no contract for the 2023 cohort: its 1 statement is not forecast",
      },
      {
        title: "declarations[0].attributes.statement_id",
        detail:
          "declarations[0].attributes.statement_id is unknown, which is not among the statements given: sync every statement (GET /api/v3/statements) with the declarations",
      },
    ]);
  });

  it("never throws: malformed input and an invalid terms file come back as problems", () => {
    expect(forecastStatements({ contract: null, statements: null, declarations: null })).toEqual({
      forecasts: [],
      serviceFeeStatements: [],
      problems: [{ title: "input", detail: "The input must be an object" }],
    });
    expect(
      forecastStatements({ contract: { contracts: [smallBandTerms(2024)] }, statements: "x", declarations: {} })
        .problems,
    ).toEqual([
      { title: "statements", detail: "statements must be an array" },
      { title: "declarations", detail: "declarations must be an array" },
    ]);
    const { problems } = forecastStatements({
      contract: { contracts: [smallBandTerms(2024)] },
      statements: [{ id: 1 }, "x"],
      declarations: [apiDeclaration("a", { state: "ineligible" })],
    });
    expect(problems.map(({ title }) => title)).toEqual([
      "statements[0].id",
      "statements[0].attributes",
      "statements[1]",
      "declarations[0].attributes.state",
    ]);
  });
});
