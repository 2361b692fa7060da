import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { forecastStatements, statementDeclarationsCsv } from "@lpkit/engine";
import { ECF_PRODUCTION_BASE_URL, ECF_SANDBOX_BASE_URL } from "@lpkit/sdk";
import { forecastSummaryCsv, forecastText } from "./forecast-report.ts";
import { problemLines, readContractFile } from "./read-contract-file.ts";
import { syncProviderData } from "./sync-provider-data.ts";

const usage = `Usage: bash scripts/kit.sh forecast --api <live|dfe-sandbox|lpkit|URL> --contract <terms.json> [--out <folder>]

  --api       live: DfE's Lead Provider API; dfe-sandbox: DfE's sandbox; lpkit: the kit's sandbox on
              http://127.0.0.1:4010; or the API's base URL
  --contract  the contract terms file (see contract-terms.example.json)
  --out       the folder for the CSV files (default: forecast)

The lead provider's API token is read from the LEAD_PROVIDER_API_TOKEN environment variable.
Exit code: 0 done, 1 done but some data could not be forecast (listed), 2 could not run.`;

const apis: Record<string, string> = {
  live: ECF_PRODUCTION_BASE_URL,
  "dfe-sandbox": ECF_SANDBOX_BASE_URL,
  lpkit: "http://127.0.0.1:4010/ecf",
};

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
  let data: Awaited<ReturnType<typeof syncProviderData>>;
  try {
    data = await syncProviderData({ baseUrl: options.baseUrl, token: options.token });
  } catch (error) {
    io.error(`Cannot read the statements and declarations from ${options.baseUrl}: ${(error as Error).message}`);
    return 2;
  }
  const forecast = forecastStatements({ contract: contract.value, ...data });
  if (forecast.forecasts.length === 0 && forecast.problems.length > 0) {
    io.error(`Nothing could be forecast:\n${problemLines(forecast.problems)}`);
    return 2;
  }
  io.out(forecastText(forecast));
  await mkdir(options.outDir, { recursive: true });
  await writeFile(join(options.outDir, "statements.csv"), forecastSummaryCsv(forecast.forecasts));
  for (const statement of forecast.forecasts) {
    const name = `${statement.cohort}-cohort-${statement.year}-${statement.month.toLowerCase()}-statement.csv`;
    const csv = statementDeclarationsCsv({
      statementId: statement.statementId,
      rows: statement.declarations,
      calculation: statement.calculation,
    });
    await writeFile(join(options.outDir, name), csv);
  }
  io.out(`Wrote ${forecast.forecasts.length} statements to ${join(options.outDir, "statements.csv")}\n`);
  if (forecast.problems.length > 0) {
    io.error(`Some data could not be forecast:\n${problemLines(forecast.problems)}`);
    return 1;
  }
  return 0;
}

interface Options {
  baseUrl: string;
  token: string;
  contract: string;
  outDir: string;
}

function readOptions(argv: readonly string[], io: ForecastIo): Options | undefined {
  let values: { api?: string; contract?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { api: { type: "string" }, contract: { type: "string" }, out: { type: "string" } },
    }));
  } catch (error) {
    io.error(`${(error as Error).message}\n\n${usage}`);
    return undefined;
  }
  const token = io.env.LEAD_PROVIDER_API_TOKEN;
  const problems = [
    values.api === undefined ? "--api is required" : undefined,
    values.contract === undefined ? "--contract is required" : undefined,
    token === undefined || token === "" ? "LEAD_PROVIDER_API_TOKEN is not set" : undefined,
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0 || values.api === undefined || values.contract === undefined || !token) {
    io.error(`${problems.join("\n")}\n\n${usage}`);
    return undefined;
  }
  return {
    baseUrl: apis[values.api] ?? values.api,
    token,
    contract: values.contract,
    outDir: values.out ?? "forecast",
  };
}
