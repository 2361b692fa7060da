/**
 * `pnpm forecast --api live --contract contract-terms.json`: forecast every statement of the lead provider whose
 * token is in LEAD_PROVIDER_API_TOKEN (see run-forecast.ts for the options).
 */
import { runForecast } from "./run-forecast.ts";

process.exitCode = await runForecast(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(`${text}\n`),
});
