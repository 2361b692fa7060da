import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  forecastNpqStatements,
  forecastStatements,
  type StatementInputError,
  statementDeclarationsCsv,
} from "@lpkit/engine";
import {
  ECF_PRODUCTION_BASE_URL,
  ECF_SANDBOX_BASE_URL,
  NPQ_PRODUCTION_BASE_URL,
  NPQ_SANDBOX_BASE_URL,
} from "@lpkit/sdk";
import { forecastSummaryCsv, forecastText } from "./forecast-report.ts";
import { npqForecastSummaryCsv, npqForecastText } from "./npq-forecast-report.ts";
import { problemLines, readContractFile } from "./read-contract-file.ts";
import { syncNpqProviderData } from "./sync-npq-provider-data.ts";
import { syncProviderData } from "./sync-provider-data.ts";

const usage = `Usage: bash scripts/kit.sh forecast --api <live|dfe-sandbox|lpkit|URL> --contract <terms.json> [--programme <ecf|npq>] [--out <folder>]

  --api        live: DfE's Lead Provider API; dfe-sandbox: DfE's sandbox; lpkit: the kit's sandbox on
               http://127.0.0.1:4010; or the API's base URL
  --contract   the contract terms file (see contract-terms.example.json)
  --programme  ecf: ECT and mentor statements (the default); npq: NPQ statements, from the NPQ API
  --out        the folder for the CSV files (default: forecast)

The lead provider's API token (for the programme's API) is read from the LEAD_PROVIDER_API_TOKEN environment variable.
Exit code: 0 done, 1 done but some data could not be forecast (listed), 2 could not run. An NPQ statement with no
declarations yet whose cohort the API cannot tell is printed with what each cohort would pay; it is not a failure.`;

const programmes = ["ecf", "npq"] as const;
type Programme = (typeof programmes)[number];

const apis: Record<Programme, Record<string, string>> = {
  ecf: { live: ECF_PRODUCTION_BASE_URL, "dfe-sandbox": ECF_SANDBOX_BASE_URL, lpkit: "http://127.0.0.1:4010/ecf" },
  npq: { live: NPQ_PRODUCTION_BASE_URL, "dfe-sandbox": NPQ_SANDBOX_BASE_URL, lpkit: "http://127.0.0.1:4010/npq" },
};

/** What a programme's forecast wrote: how many statements, what could not be forecast, and what else to say. */
interface Written {
  statements: number;
  problems: readonly StatementInputError[];
  /** Said after the count, on standard output: not problems, so they leave the exit code alone. */
  notes: readonly string[];
}

export interface ForecastIo {
  env: Record<string, string | undefined>;
  out(text: string): void;
  error(text: string): void;
}

/** The whole command: sync, forecast, print each breakdown, write the CSVs. Returns the exit code. */
export async function runForecast(argv: readonly string[], io: ForecastIo): Promise<number> {
  const options = readOptions(argv, io);
  if (options === undefined) {
    return 2;
  }
  const contract = await readContractFile(options.contract);
  if (!contract.ok) {
    io.error(contract.problem);
    return 2;
  }
  const written =
    options.programme === "npq"
      ? await forecastNpq(options, contract.value, io)
      : await forecastEcf(options, contract.value, io);
  if (written === undefined) {
    return 2;
  }
  io.out(`Wrote ${written.statements} statements to ${join(options.outDir, "statements.csv")}\n`);
  for (const note of written.notes) {
    io.out(`${note}\n`);
  }
  if (written.problems.length > 0) {
    io.error(`Some data could not be forecast:\n${problemLines(written.problems)}`);
    return 1;
  }
  return 0;
}

/** The ECF API's statements and declarations: each statement's breakdown and CSVs; undefined when none could be. */
async function forecastEcf(options: Options, contract: unknown, io: ForecastIo): Promise<Written | undefined> {
  const data = await synced(options, io, syncProviderData);
  if (data === undefined) {
    return undefined;
  }
  const forecast = forecastStatements({ contract, ...data });
  return writeForecast(options, io, forecast, [], {
    text: () => forecastText(forecast),
    summaryCsv: () => forecastSummaryCsv(forecast.forecasts),
    declarationsCsv: (statement) =>
      statementDeclarationsCsv({
        statementId: statement.statementId,
        rows: statement.declarations,
        calculation: statement.calculation,
      }),
  });
}

/** The NPQ API's statements, declarations and applications: the same for NPQ statements. */
async function forecastNpq(options: Options, contract: unknown, io: ForecastIo): Promise<Written | undefined> {
  const data = await synced(options, io, syncNpqProviderData);
  if (data === undefined) {
    return undefined;
  }
  const forecast = forecastNpqStatements({ contract, ...data });
  const awaiting = forecast.awaitingCohort.length;
  const notes =
    awaiting === 0
      ? []
      : [
          `${awaiting} statement${awaiting === 1 ? "" : "s"} with no declarations yet could not be told apart from another cohort of the same start year (printed above with what each cohort would pay, not in the CSV files); the first declaration on each will place it.`,
        ];
  return writeForecast(options, io, forecast, notes, {
    text: () => npqForecastText(forecast),
    summaryCsv: () => npqForecastSummaryCsv(forecast.forecasts),
    declarationsCsv: (statement) =>
      statementDeclarationsCsv({
        statementId: statement.statementId,
        rows: statement.declarations,
        calculation: statement.calculation,
      }),
  });
}

/** How one programme's forecast is printed and written. */
interface ForecastReport<Statement> {
  text(): string;
  summaryCsv(): string;
  declarationsCsv(statement: Statement): string;
}

/** Prints a programme's forecast and writes its CSVs; undefined when nothing could be forecast. */
async function writeForecast<Statement extends StatementNaming>(
  options: Options,
  io: ForecastIo,
  forecast: { forecasts: readonly Statement[]; problems: readonly StatementInputError[] },
  notes: readonly string[],
  report: ForecastReport<Statement>,
): Promise<Written | undefined> {
  if (forecast.forecasts.length === 0 && forecast.problems.length > 0) {
    io.error(`Nothing could be forecast:\n${problemLines(forecast.problems)}`);
    return undefined;
  }
  io.out(report.text());
  await mkdir(options.outDir, { recursive: true });
  await writeFile(join(options.outDir, "statements.csv"), report.summaryCsv());
  for (const statement of forecast.forecasts) {
    await writeFile(join(options.outDir, statementCsvName(statement)), report.declarationsCsv(statement));
  }
  return { statements: forecast.forecasts.length, problems: forecast.problems, notes };
}

/** The provider's data from the API, or undefined once the reason it could not be read is said. */
async function synced<Data>(
  options: Options,
  io: ForecastIo,
  sync: (api: { baseUrl: string; token: string }) => Promise<Data>,
): Promise<Data | undefined> {
  try {
    return await sync({ baseUrl: options.baseUrl, token: options.token });
  } catch (error) {
    io.error(`Cannot read the statements and declarations from ${options.baseUrl}: ${(error as Error).message}`);
    return undefined;
  }
}

/** What names a statement's CSV file. */
interface StatementNaming {
  cohort: number | string;
  year: string;
  month: string;
}

/** `2025-cohort-2025-november-statement.csv` (`2025a-cohort-...` for NPQ, whose cohorts have a suffix). */
function statementCsvName(statement: StatementNaming): string {
  return `${statement.cohort}-cohort-${statement.year}-${statement.month.toLowerCase()}-statement.csv`;
}

interface Options {
  programme: Programme;
  baseUrl: string;
  token: string;
  contract: string;
  outDir: string;
}

function readOptions(argv: readonly string[], io: ForecastIo): Options | undefined {
  let values: { api?: string; contract?: string; programme?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        api: { type: "string" },
        contract: { type: "string" },
        programme: { type: "string" },
        out: { type: "string" },
      },
    }));
  } catch (error) {
    io.error(`${(error as Error).message}\n\n${usage}`);
    return undefined;
  }
  const token = io.env.LEAD_PROVIDER_API_TOKEN;
  const programme = programmes.find((name) => name === (values.programme ?? "ecf"));
  const problems = [
    programme === undefined ? `--programme must be ecf or npq, not ${JSON.stringify(values.programme)}` : undefined,
    values.api === undefined ? "--api is required" : undefined,
    values.contract === undefined ? "--contract is required" : undefined,
    token === undefined || token === "" ? "LEAD_PROVIDER_API_TOKEN is not set" : undefined,
  ].filter((problem) => problem !== undefined);
  if (
    problems.length > 0 ||
    programme === undefined ||
    values.api === undefined ||
    values.contract === undefined ||
    !token
  ) {
    io.error(`${problems.join("\n")}\n\n${usage}`);
    return undefined;
  }
  return {
    programme,
    baseUrl: apis[programme][values.api] ?? values.api,
    token,
    contract: values.contract,
    outDir: values.out ?? "forecast",
  };
}
