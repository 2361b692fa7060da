/**
 * The NPQ oracle: for seeded sandbox worlds at several points of the cohorts' lives, the forecast made from nothing
 * but the NPQ API's responses (and the contracts' terms) equals DfE finance's own calculation of every NPQ statement
 * of every lead provider, `GET /__sandbox/statements/{id}/breakdown`, to the penny. Where the API cannot reveal a
 * figure, the forecast must say so: voided counts always; and a statement of a start year shared by two cohorts
 * with different terms, with no declaration on it to tell which cohort it is, is given as each cohort's, one of which
 * is DfE finance's.
 */
import {
  forecastNpqStatements,
  type NpqStatementCalculation,
  type NpqStatementsForecast,
  npqStatementDeclarationsCsvHeader,
  statementDeclarationsCsv,
} from "@lpkit/engine";
import { buildNpqDeclaration, createNpqClient, type SandboxClient, type SandboxNpqLeadProvider } from "@lpkit/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncNpqProviderData } from "../src/sync-npq-provider-data.ts";
import { npqBreakdown } from "./support/npq-calculation.ts";
import { type NpqBreakdown, npqContractTermsFromBreakdowns } from "./support/npq-contract-terms-from-breakdowns.ts";
import { type RunningSandbox, startSandbox } from "./support/start-sandbox.ts";

let running: RunningSandbox;
beforeAll(async () => {
  running = await startSandbox({ now: "2025-10-01T09:30:00Z" });
});
afterAll(() => running.close());

interface Coverage {
  statements: number;
  exact: number;
  /** Statements whose targeted delivery funding the forecast says it cannot tell (people funded before). */
  fundingUndetermined: number;
  /** Output statements whose cohort the API's data could not tell, forecast as each cohort's by the forecast. */
  cohortUndetermined: number;
  outputPayments: number;
  clawbacks: number;
  targetedDeliveryFunding: number;
  /** Statements refunding targeted delivery funding with a clawback. */
  fundingRefunds: number;
  specialCourses: number;
  serviceFee: number;
  declarationRows: number;
  /** Declarations the API shows voided: none is on a statement, so none moves money. */
  voided: number;
}

const emptyCoverage: Coverage = {
  statements: 0,
  exact: 0,
  fundingUndetermined: 0,
  cohortUndetermined: 0,
  outputPayments: 0,
  clawbacks: 0,
  targetedDeliveryFunding: 0,
  fundingRefunds: 0,
  specialCourses: 0,
  serviceFee: 0,
  declarationRows: 0,
  voided: 0,
};

async function expectNpqForecastsToMatchBreakdowns(control: SandboxClient, { rows = false } = {}): Promise<Coverage> {
  const coverage = { ...emptyCoverage };
  for (const provider of await control.npqLeadProviders()) {
    await expectProviderToMatch(control, provider, coverage, rows);
  }
  return coverage;
}

async function expectProviderToMatch(
  control: SandboxClient,
  provider: SandboxNpqLeadProvider,
  coverage: Coverage,
  rows: boolean,
) {
  const data = await syncNpqProviderData({ baseUrl: control.npqBaseUrl, token: provider.token });
  const summaries = (await control.statements({ lead_provider_id: provider.id })).filter(
    ({ programme }) => programme === "npq",
  );
  const breakdowns = new Map<string, NpqBreakdown>();
  for (const summary of summaries) {
    breakdowns.set(summary.id, await npqBreakdown(control, summary.id));
  }
  const contract = npqContractTermsFromBreakdowns([...breakdowns.values()]);
  coverage.voided += data.declarations.filter(({ attributes }) => attributes.state === "voided").length;
  const forecast = forecastNpqStatements({ contract, ...data });

  const outputIds = summaries.filter(({ fee_type }) => fee_type === "output").map(({ id }) => id);
  const forecastIds = forecast.forecasts.map(({ statementId }) => statementId);
  // Every output statement is forecast, or awaits the declaration that will tell its cohort; nothing is a problem.
  expect(forecast.problems).toEqual([]);
  const undetermined = forecast.awaitingCohort.map(({ statementId }) => statementId);
  expect([...forecastIds, ...undetermined].sort()).toEqual(outputIds.toSorted());
  coverage.cohortUndetermined += undetermined.length;
  for (const awaiting of forecast.awaitingCohort) {
    const breakdown = breakdowns.get(awaiting.statementId) as NpqBreakdown;
    // Only a start year with two cohorts is ambiguous, and only with no declarations on the statement.
    expect(awaiting.candidates.map(({ cohort }) => cohort.slice(0, 4))).toEqual([
      breakdown.cohort.slice(0, 4),
      breakdown.cohort.slice(0, 4),
    ]);
    expect(data.declarations.some((declaration) => declaration.attributes.statement_id === awaiting.statementId)).toBe(
      false,
    );
    // What it would pay as its real cohort's is DfE finance's calculation of it.
    const asItsCohort = awaiting.candidates.find(({ cohort }) => cohort === breakdown.cohort);
    expect(asItsCohort?.calculation, `statement ${awaiting.statementId}`).toEqual(
      withoutVoidedCounts(breakdown.calculation),
    );
  }

  for (const statement of forecast.forecasts) {
    const breakdown = breakdowns.get(statement.statementId) as NpqBreakdown;
    coverage.statements += 1;
    const expected = withoutVoidedCounts(breakdown.calculation);
    const funding = statement.undetermined.find(({ figure }) => figure === "targetedDeliveryFunding");
    expect(
      statement.undetermined.map(({ figure }) => figure).filter((figure) => figure !== "targetedDeliveryFunding"),
    ).toEqual(["voided"]);
    if (funding === undefined) {
      expect(statement.calculation, `statement ${statement.statementId}`).toEqual(expected);
      coverage.exact += 1;
    } else {
      // The API hides whether a previously funded person's application is eligible: the forecast counts fewer
      // funded starts (or refunds), never more, by at most the declarations it names; every other figure agrees.
      const missing = fundedStartsOf(expected) - fundedStartsOf(statement.calculation);
      expect(missing).toBeGreaterThanOrEqual(0);
      expect(missing).toBeLessThanOrEqual(funding.declarations ?? 0);
      expect(withoutFundingFigures(statement.calculation)).toEqual(withoutFundingFigures(expected));
      coverage.fundingUndetermined += 1;
    }
    if (rows && funding === undefined && statement.declarations.length > 0) {
      const csv = statementDeclarationsCsv({
        statementId: statement.statementId,
        rows: statement.declarations,
        calculation: statement.calculation,
      });
      const finance = await control.statementDeclarationsCsv(statement.statementId);
      const countedAs = npqStatementDeclarationsCsvHeader.indexOf("counted_as");
      const notVoided = finance.split("\r\n").filter((line) => line.split(",")[countedAs] !== "voided");
      expect(csv.split("\r\n"), `statement ${statement.statementId}`).toEqual(notVoided);
      coverage.declarationRows += statement.declarations.length;
    }
    const { totals } = statement.calculation;
    coverage.outputPayments += totals.outputPayment === "0.00" ? 0 : 1;
    coverage.clawbacks += totals.clawbacks === "0.00" ? 0 : 1;
    coverage.targetedDeliveryFunding += totals.targetedDeliveryFunding === "0.00" ? 0 : 1;
    coverage.fundingRefunds += statement.calculation.feeStructures.some(
      ({ totals: course }) => course.targetedDeliveryFundingClawbacks !== "0.00",
    )
      ? 1
      : 0;
    coverage.specialCourses += totals.specialCourses === "0.00" ? 0 : 1;
  }
  expectServiceFeeStatementsToMatch(forecast, [...breakdowns.values()], coverage);
}

/**
 * Service fee statements are not in the API: each pays its cohort's monthly service fees, which is what is compared
 * (per course and in total).
 */
function expectServiceFeeStatementsToMatch(
  forecast: NpqStatementsForecast,
  breakdowns: readonly NpqBreakdown[],
  coverage: Coverage,
) {
  for (const breakdown of breakdowns.filter(({ feeType }) => feeType === "service")) {
    const cohort = forecast.serviceFeeStatements.find(({ cohort }) => cohort === breakdown.cohort);
    expect(cohort && moneyOf(cohort.calculation), `service fee statement ${breakdown.statementId}`).toEqual(
      moneyOf(breakdown.calculation),
    );
    coverage.serviceFee += 1;
  }
}

function moneyOf(calculation: NpqStatementCalculation) {
  return {
    courses: calculation.feeStructures.map(({ course, serviceFee, totals }) => ({ course, serviceFee, totals })),
    totals: calculation.totals,
  };
}

/**
 * DfE finance's calculation as the API's data can reproduce it: the voided counts set to 0, since the API shows no
 * statement for a declaration voided before payment (the forecast says so on every statement). They carry no money.
 */
function withoutVoidedCounts(calculation: NpqStatementCalculation): NpqStatementCalculation {
  const copy = structuredClone(calculation);
  for (const fees of copy.feeStructures) {
    for (const declarations of fees.declarations) {
      declarations.voided = 0;
    }
  }
  return copy;
}

/** Funded starts and their refunds, over the courses. */
function fundedStartsOf(calculation: NpqStatementCalculation): number {
  return calculation.feeStructures.reduce(
    (total, { targetedDeliveryFunding }) =>
      total + targetedDeliveryFunding.billable + targetedDeliveryFunding.refundable,
    0,
  );
}

/** The calculation without the figures targeted delivery funding changes: its counts and amounts, and the totals. */
function withoutFundingFigures(calculation: NpqStatementCalculation): NpqStatementCalculation {
  const copy = structuredClone(calculation);
  for (const fees of copy.feeStructures) {
    fees.targetedDeliveryFunding = {
      ...fees.targetedDeliveryFunding,
      billable: 0,
      refundable: 0,
      payment: "0.00",
      clawbacks: "0.00",
    };
    fees.totals = {
      ...fees.totals,
      targetedDeliveryFunding: "0.00",
      targetedDeliveryFundingClawbacks: "0.00",
      courseTotal: "0.00",
    };
  }
  copy.totals = {
    ...copy.totals,
    targetedDeliveryFunding: "0.00",
    clawbacks: "0.00",
    total: "0.00",
    specialCourses: "0.00",
  };
  return copy;
}

/** DfE's part: time passes beyond the statement's cut-off date, then DfE makes it payable and pays it. */
async function payStatement(control: SandboxClient, statementId: string) {
  const summary = (await control.statements({ programme: "npq" })).find(({ id }) => id === statementId);
  if (summary === undefined) {
    throw new Error(`Statement ${statementId} is not in the world`);
  }
  await control.setClock(`${nextDay(summary.cut_off_date)}T09:00:00Z`);
  const { status } = (await control.statements({ programme: "npq" })).find(({ id }) => id === statementId) ?? summary;
  if (status === "open") {
    await control.markStatementPayable(statementId);
  }
  await control.markStatementPaid(statementId);
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function summed(runs: readonly Coverage[]): Coverage {
  const total = { ...emptyCoverage };
  for (const run of runs) {
    for (const key of Object.keys(total) as (keyof Coverage)[]) {
      total[key] += run[key];
    }
  }
  return total;
}

/**
 * A cohort's life while targeted delivery funding is paid, for the first two NPQ lead providers: a participant whose
 * application earns targeted delivery funding starts, is paid, then is voided and clawed back (funding refunded) on
 * a later statement; another, also accepted for the course by the second provider (so the API shows them as funded
 * before), starts too, and the forecast must say their funding is unknown. The oracle runs after every step.
 */
async function liveThroughNpqCohort(control: SandboxClient, now: string): Promise<Coverage[]> {
  const [provider, other] = await control.npqLeadProviders();
  if (provider === undefined || other === undefined) {
    throw new Error("The seeded world has fewer than two NPQ lead providers");
  }
  const client = createNpqClient({ baseUrl: control.npqBaseUrl, token: provider.token, throwOnError: true });
  const { data: partners } = await client.GET("/api/v3/delivery-partners", {
    params: { query: { filter: { cohort: "2024" } } },
  });
  const deliveryPartnerId = partners.data[0]?.id ?? "";
  const accepted = {
    course_identifier: "npq-headship",
    cohort: "2024a",
    status: "accepted",
    eligible_for_funding: true,
    funded_place: true,
    schedule_identifier: "npq-leadership-autumn",
    targeted_delivery_funding_eligibility: true,
  } as const;
  const declareStart = async (participantId: string) => {
    const { data } = await client.POST("/api/v3/participant-declarations", {
      body: buildNpqDeclaration({
        participant_id: participantId,
        course_identifier: "npq-headship",
        declaration_type: "started",
        declaration_date: now,
        delivery_partner_id: deliveryPartnerId,
      }),
    });
    return data.data;
  };
  const funded = await control.createNpqApplication({ ...accepted, lead_provider_id: provider.id });
  const start = await declareStart(funded.attributes.participant_id as string);
  expect(start.attributes.state).toBe("eligible");
  // Funded when they start; then another provider's acceptance for the course makes the API show them as funded
  // before (eligible_for_funding false), while DfE finance still reads the stored eligibility.
  const before = await control.createNpqApplication({ ...accepted, lead_provider_id: provider.id });
  const participantId = before.attributes.participant_id as string;
  expect((await declareStart(participantId)).attributes.state).toBe("eligible");
  await control.createNpqApplication({ ...accepted, lead_provider_id: other.id, participant_id: participantId });
  const runs = [await expectNpqForecastsToMatchBreakdowns(control)];

  await payStatement(control, start.attributes.statement_id as string);
  runs.push(await expectNpqForecastsToMatchBreakdowns(control));

  const { data } = await client.PUT("/api/v3/participant-declarations/{id}/void", {
    params: { path: { id: start.id } },
  });
  expect(data.data.attributes.state).toBe("awaiting-clawback");
  runs.push(await expectNpqForecastsToMatchBreakdowns(control));

  await payStatement(control, data.data.attributes.clawback_statement_id as string);
  runs.push(await expectNpqForecastsToMatchBreakdowns(control, { rows: true }));
  return runs;
}

describe("the NPQ forecast from the API's responses equals DfE finance's breakdown of every NPQ statement", () => {
  // A seed and a clock: before targeted delivery funding ends, as it ends, and well after, across cohorts' lives.
  const worlds = [
    { seed: 7, now: "2025-10-01T09:30:00Z" },
    { seed: 1201, now: "2023-01-20T10:00:00Z" },
    { seed: 424242, now: "2026-06-15T08:00:00Z" },
    { seed: 99, now: "2027-03-10T12:00:00Z" },
  ];

  for (const { seed, now } of worlds) {
    it(`seed ${seed} at ${now}`, async () => {
      const { control } = running;
      await control.reset({ seed, now });
      const coverage = await expectNpqForecastsToMatchBreakdowns(control, { rows: true });
      expect(coverage.statements).toBeGreaterThan(0);
      expect(coverage.outputPayments).toBeGreaterThan(0);
      expect(coverage.serviceFee).toBeGreaterThan(0);
      expect(coverage.declarationRows).toBeGreaterThan(0);
      expect(coverage.clawbacks).toBeGreaterThan(0);
      expect(coverage.cohortUndetermined).toBeGreaterThan(0);
      expect(coverage.voided).toBeGreaterThan(0);
    });
  }

  it("through a cohort's targeted delivery funding, a clawback and a person funded before (seed 7)", async () => {
    const { control } = running;
    const now = "2025-04-10T09:30:00Z";
    await control.reset({ seed: 7, now });
    const lived = summed(await liveThroughNpqCohort(control, now));
    expect(lived.targetedDeliveryFunding).toBeGreaterThan(0);
    expect(lived.fundingRefunds).toBeGreaterThan(0);
    expect(lived.fundingUndetermined).toBeGreaterThan(0);
    expect(lived.clawbacks).toBeGreaterThan(0);
    expect(lived.declarationRows).toBeGreaterThan(0);
  });
});
