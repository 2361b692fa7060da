import { describe, expect, it } from "vitest";
import { forecastNpqStatements, type NpqStatementForecast } from "../../../src/forecast/npq/forecast-npq-statements.ts";
import { apiStatement } from "../../support/forecast-fixtures.ts";
import { apiNpqApplication, apiNpqDeclaration, headshipContract } from "../../support/npq-forecast-fixtures.ts";

// apiStatement names a payment month of 11 "November" and 01 "January": November 2024 and January 2025 both still
// pay targeted delivery funding (up to October 2025, payment rules §6.2).
const november = apiStatement("november", 2024, "2024-11-25", true);
const january = apiStatement("january", 2024, "2025-01-25");

function headship(forecast: NpqStatementForecast | undefined) {
  const course = forecast?.calculation.feeStructures.find(({ course }) => course === "npq-headship");
  if (course === undefined) {
    throw new Error("no headship contract");
  }
  return course;
}

describe("forecastNpqStatements", () => {
  it("pays each person's declaration type once per course, with targeted delivery funding from its application", () => {
    const declarations = [
      apiNpqDeclaration("a", { state: "paid", statement_id: "november" }),
      // The same person's second started declaration on the course counts once (payment rules §6.2).
      apiNpqDeclaration("b", { state: "paid", statement_id: "november", participant_id: "participant-a" }),
      apiNpqDeclaration("c", { state: "eligible", statement_id: "november" }),
    ];
    const applications = [
      apiNpqApplication("application-a", { targeted_delivery_funding_eligibility: true }),
      apiNpqApplication("application-b"),
      apiNpqApplication("application-c", {
        targeted_delivery_funding_eligibility: true,
        eligible_for_funding: false,
        ineligible_for_funding_reason: "establishment-ineligible",
      }),
    ];
    const { forecasts, problems } = forecastNpqStatements({
      contract: { npqContracts: [headshipContract("2024a")], adjustments: { november: [] } },
      statements: [november],
      declarations,
      applications,
    });
    expect(problems).toEqual([]);
    const [forecast] = forecasts;
    expect(headship(forecast).declarations.find(({ declarationType }) => declarationType === "started")).toMatchObject({
      billable: 2,
      outputPayment: "300.00",
    });
    expect(headship(forecast).targetedDeliveryFunding).toMatchObject({ applies: true, billable: 1, payment: "100.00" });
    expect(forecast?.calculation.totals).toMatchObject({ serviceFee: "200.00", total: "600.00" });
    expect(forecast?.undetermined.map(({ figure }) => figure)).toEqual(["voided"]);
    expect(forecast?.declarations.map(({ id }) => id)).toEqual(["a", "b", "c"]);
  });

  it("claws back on clawback_statement_id, refunding targeted delivery funding, and keeps the payment where it was paid", () => {
    const { forecasts } = forecastNpqStatements({
      contract: { npqContracts: [headshipContract("2024")] },
      statements: [january, november],
      declarations: [
        apiNpqDeclaration("a", {
          state: "awaiting-clawback",
          statement_id: "november",
          clawback_statement_id: "january",
        }),
      ],
      applications: [apiNpqApplication("application-a", { targeted_delivery_funding_eligibility: true })],
    });
    expect(forecasts.map(({ statementId }) => statementId)).toEqual(["november", "january"]);
    const [paid, clawback] = forecasts;
    expect(paid?.calculation.totals).toMatchObject({ outputPayment: "150.00", targetedDeliveryFunding: "100.00" });
    expect(clawback?.calculation.totals).toMatchObject({ clawbacks: "-250.00", total: "-50.00" });
    expect(clawback?.undetermined.map(({ figure }) => figure)).toEqual(["voided", "adjustments"]);
  });

  it("says when a previously funded person's targeted delivery funding cannot be told from the API", () => {
    const { forecasts } = forecastNpqStatements({
      contract: { npqContracts: [headshipContract("2024a")], adjustments: { november: [] } },
      statements: [november],
      declarations: [apiNpqDeclaration("a", { state: "paid", statement_id: "november" })],
      applications: [
        apiNpqApplication("application-a", {
          targeted_delivery_funding_eligibility: true,
          eligible_for_funding: false,
          ineligible_for_funding_reason: "previously-funded",
        }),
      ],
    });
    const [forecast] = forecasts;
    expect(headship(forecast).targetedDeliveryFunding.billable).toBe(0);
    expect(forecast?.undetermined).toContainEqual(
      expect.objectContaining({ figure: "targetedDeliveryFunding", declarations: 1 }),
    );
  });

  it("tells two cohorts of one start year apart by the cohort of the applications declared on a statement", () => {
    const shared = [apiStatement("a-statement", 2024, "2024-11-25"), apiStatement("b-statement", 2024, "2025-01-25")];
    const { forecasts, problems, awaitingCohort } = forecastNpqStatements({
      contract: {
        npqContracts: [headshipContract("2024a"), headshipContract("2024b", "2000.00")],
        adjustments: { "a-statement": [{ description: "Correction", amount: "-50.00" }] },
      },
      statements: shared,
      declarations: [apiNpqDeclaration("x", { state: "eligible", statement_id: "b-statement" })],
      applications: [apiNpqApplication("application-x", { cohort_suffix: "b" })],
    });
    expect(forecasts.map(({ statementId, cohort }) => [statementId, cohort])).toEqual([["b-statement", "2024b"]]);
    expect(headship(forecasts[0]).feePerParticipant).toBe("2000.00");
    // Nothing on a-statement names its cohort yet, and nothing is wrong: what it pays as either is given instead.
    expect(problems).toEqual([]);
    expect(awaitingCohort).toMatchObject([
      { statementId: "a-statement", startYear: 2024, month: "November", paymentDate: "2024-11-25", undetermined: [] },
    ]);
    expect(
      awaitingCohort[0]?.candidates.map(({ cohort, calculation }) => [
        cohort,
        calculation.totals.serviceFee,
        calculation.totals.total,
      ]),
    ).toEqual([
      ["2024a", "200.00", "150.00"],
      ["2024b", "400.00", "350.00"],
    ]);
  });

  it("reports a statement whose declarations name no cohort, in a start year whose cohorts' terms differ", () => {
    const { forecasts, problems, awaitingCohort } = forecastNpqStatements({
      contract: { npqContracts: [headshipContract("2024a"), headshipContract("2024b", "2000.00")] },
      statements: [november],
      declarations: [apiNpqDeclaration("x", { state: "paid", statement_id: "november" })],
      applications: [apiNpqApplication("application-x", { cohort_suffix: null })],
    });
    expect(forecasts).toEqual([]);
    expect(awaitingCohort).toEqual([]);
    expect(problems).toEqual([
      {
        title: "statements[0].attributes.cohort",
        detail:
          "statements[0].attributes.cohort is 2024, which names the 2024a, 2024b cohorts of the contract terms file, and no declaration on statement november tells which: the API shows only a statement's start year, and these cohorts' terms differ, so it is not forecast",
      },
    ]);
  });

  it("places a statement in either of two cohorts of one start year when their terms are the same", () => {
    const { forecasts, problems } = forecastNpqStatements({
      contract: { npqContracts: [headshipContract("2024a"), headshipContract("2024b")] },
      statements: [november],
      declarations: [],
      applications: [],
    });
    expect(problems).toEqual([]);
    expect(forecasts.map(({ calculation }) => calculation.totals.total)).toEqual(["200.00"]);
  });

  it("counts the funding of a person funded before whom DfE funded by policy: the API shows them eligible", () => {
    const { forecasts } = forecastNpqStatements({
      contract: { npqContracts: [headshipContract("2024a")] },
      statements: [november],
      declarations: [apiNpqDeclaration("a", { state: "paid", statement_id: "november" })],
      applications: [
        apiNpqApplication("application-a", {
          targeted_delivery_funding_eligibility: true,
          ineligible_for_funding_reason: "previously-funded",
        }),
      ],
    });
    expect(headship(forecasts[0]).targetedDeliveryFunding.billable).toBe(1);
    expect(forecasts[0]?.undetermined.map(({ figure }) => figure)).not.toContain("targetedDeliveryFunding");
  });

  it("reports what it cannot place, with its path, and forecasts the rest", () => {
    const { forecasts, problems } = forecastNpqStatements({
      contract: { npqContracts: [headshipContract("2024a")] },
      statements: [november, apiStatement("later", 2025, "2025-11-25")],
      declarations: [
        apiNpqDeclaration("a", { state: "eligible", statement_id: "missing" }),
        apiNpqDeclaration("b", { state: "eligible", statement_id: "november", application_id: "unknown" }),
        apiNpqDeclaration("c", { state: "eligible", statement_id: "november", course_identifier: "npq-senco" }),
      ],
      applications: [apiNpqApplication("application-a"), apiNpqApplication("application-c")],
    });
    expect(forecasts).toEqual([]);
    expect(problems.map(({ detail }) => detail)).toEqual([
      "declarations[0].attributes.statement_id is missing, which is not among the statements given: sync every statement (GET /api/v3/statements) with the declarations",
      "declarations[1].attributes.application_id is unknown, which is not among the applications given: sync every application (GET /api/v3/npq-applications) with the declarations",
      "statements[1].attributes.cohort is 2025, and the contract terms file has no NPQ contract for a 2025 cohort (npqContracts): its 1 statement is not forecast",
      "declarations[2].attributes.course_identifier is npq-senco, and the contract terms file's 2024a NPQ contract has no terms for it: statement november is not forecast",
    ]);
  });

  it("forecasts each cohort's service fee statements, which the API does not list", () => {
    const { serviceFeeStatements } = forecastNpqStatements({
      contract: { npqContracts: [headshipContract("2024a")] },
      statements: [],
      declarations: [],
      applications: [],
    });
    expect(serviceFeeStatements.map(({ cohort, calculation }) => [cohort, calculation.totals.total])).toEqual([
      ["2024a", "200.00"],
    ]);
  });

  it("forecasts nothing from an invalid contract terms file", () => {
    const forecast = forecastNpqStatements({ contract: {}, statements: [], declarations: [], applications: [] });
    expect(forecast.problems.map(({ detail }) => detail)).toEqual([
      "contracts is missing: give contracts (ECF cohorts), npqContracts (NPQ cohorts) or both",
    ]);
  });
});
