import type { NpqLeadProviderAccount, WorldSummary } from "../control/sandbox-control.ts";
import type { LeadProviderAccount } from "../state/sandbox-state.ts";
import { formatTimestamp } from "../time/timestamps.ts";

type Account = Pick<LeadProviderAccount, "name" | "token" | "cohorts">;

/** A table of lead providers, their tokens and cohorts, under a heading naming the API. */
function accountTable(heading: string, accounts: readonly Account[]): string[] {
  const nameWidth = Math.max(heading.length, ...accounts.map((account) => account.name.length));
  const tokenWidth = Math.max("Token".length, ...accounts.map((account) => account.token.length));
  return [
    `  ${heading.padEnd(nameWidth)}  ${"Token".padEnd(tokenWidth)}  Cohorts`,
    ...accounts.map(
      (account) =>
        `  ${account.name.padEnd(nameWidth)}  ${account.token.padEnd(tokenWidth)}  ${account.cohorts.join(", ")}`,
    ),
  ];
}

/**
 * What the CLI prints once listening: where everything is, and who can call each API with which token (a lead
 * provider in both services has one token for both). The finance dashboard is listed only when it is on (a sandbox
 * with a control token switches it off: docs/decisions/finance-dashboard.md).
 */
export function banner(
  origin: string,
  summary: WorldSummary,
  accounts: readonly LeadProviderAccount[],
  npqAccounts: readonly NpqLeadProviderAccount[],
  { financeDashboard = true } = {},
): string {
  const clock = summary.frozen ? `frozen at ${formatTimestamp(summary.now)}` : "real time";
  return [
    `Lead Provider Kit sandbox: seed ${summary.seed}, clock ${clock}`,
    "",
    `  ECF API (ECTs, mentors)  ${origin}/ecf/api/v3`,
    `  NPQ API                  ${origin}/npq/api/v3`,
    `  Control API              ${origin}/__sandbox`,
    `  API reference            ${origin}/docs`,
    ...(financeDashboard ? [`  Finance dashboard        ${origin}/finance`] : []),
    "",
    ...accountTable("ECF lead provider", accounts),
    "",
    ...accountTable("NPQ lead provider", npqAccounts),
    "",
    `Send "Authorization: Bearer <token>". Press Ctrl+C to stop.`,
    "",
  ].join("\n");
}
