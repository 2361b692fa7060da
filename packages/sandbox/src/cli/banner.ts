import type { WorldSummary } from "../control/sandbox-control.ts";
import type { LeadProviderAccount } from "../state/sandbox-state.ts";
import { formatTimestamp } from "../time/timestamps.ts";

/** What the CLI prints once listening: where everything is, and who can call it with which token. */
export function banner(origin: string, summary: WorldSummary, accounts: readonly LeadProviderAccount[]): string {
  const nameWidth = Math.max("Lead provider".length, ...accounts.map((account) => account.name.length));
  const tokenWidth = Math.max("Token".length, ...accounts.map((account) => account.token.length));
  const clock = summary.frozen ? `frozen at ${formatTimestamp(summary.now)}` : "real time";
  const rows = accounts.map(
    (account) =>
      `  ${account.name.padEnd(nameWidth)}  ${account.token.padEnd(tokenWidth)}  ${account.cohorts.join(", ")}`,
  );
  return [
    `Lead Provider Kit sandbox: seed ${summary.seed}, clock ${clock}`,
    "",
    `  ECF API (ECTs, mentors)  ${origin}/ecf/api/v3`,
    `  Control API              ${origin}/__sandbox`,
    `  API reference            ${origin}/docs`,
    "",
    `  ${"Lead provider".padEnd(nameWidth)}  ${"Token".padEnd(tokenWidth)}  Cohorts`,
    ...rows,
    "",
    `Send "Authorization: Bearer <token>". Press Ctrl+C to stop.`,
    "",
  ].join("\n");
}
