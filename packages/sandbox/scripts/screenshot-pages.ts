/**
 * The finance dashboard's main pages as `pnpm screenshots` shoots them (docs/screenshots/), found in the seeded world
 * through the control API so that the list follows the world: the landing page, the statement list, an ECF statement
 * in each layout, its voided declarations, a participant's drill-down, the page authorising a statement and an NPQ
 * statement. A test opens each of them (test/scripts/screenshot-pages.test.ts), so a page that moves breaks the test, not the README.
 */

/**
 * The sandbox the screenshots are taken in: the default seed, a frozen clock (the seeded world and every date on the
 * pages follow from it) in spring 2026, when the 2025 cohort has paid statements, and 2,000 more participants, so
 * that statements carry enough declarations to read like real ones.
 */
export const SCREENSHOT_SANDBOX = { now: "2026-03-02T09:30:00Z", size: 2000 } as const;

export interface ScreenshotPage {
  /** The PNG's name in docs/screenshots/, without `.png`. */
  readonly name: string;
  readonly path: string;
}

/** How the list asks the sandbox for something: `app.request` in a test, `fetch` against a served sandbox. */
export type SandboxFetch = (path: string) => Promise<Response>;

interface StatementRow {
  readonly id: string;
  readonly programme: string;
  readonly lead_provider_id: string;
  readonly lead_provider_name: string;
  readonly cohort: string;
  readonly status: string;
}

async function json<T>(fetch: SandboxFetch, path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) {
    throw new Error(`${path} answered ${response.status}`);
  }
  return ((await response.json()) as { data: T }).data;
}

/** The rows of a statement's declarations CSV, as records by header. */
async function csvRecords(fetch: SandboxFetch, statementId: string): Promise<Record<string, string>[]> {
  const csv = await (await fetch(`/__sandbox/statements/${statementId}/declarations.csv`)).text();
  const [header = "", ...lines] = csv.trim().split(/\r?\n/);
  const names = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((value, index) => [names[index], value])));
}

function statementPath(statement: StatementRow): string {
  return `/finance/ecf/payment_breakdowns/${statement.lead_provider_id}/statements/${statement.id}`;
}

export async function screenshotPages(fetch: SandboxFetch): Promise<ScreenshotPage[]> {
  const statements = (await json<StatementRow[]>(fetch, "/__sandbox/statements?programme=ecf&fee_type=output")).filter(
    (statement) => statement.lead_provider_name === "Ambition Institute",
  );
  // The statement of those cohorts with the most declarations voided on it, then with the most declarations.
  const fullest = async (cohorts: (cohort: number) => boolean) => {
    let best: { statement: StatementRow; records: Record<string, string>[]; score: number } | undefined;
    for (const statement of statements.filter((candidate) => cohorts(Number(candidate.cohort)))) {
      const records = await csvRecords(fetch, statement.id);
      const score = records.filter((record) => record.state === "voided").length * 1000 + records.length;
      if (records.length > 0 && (best === undefined || score > best.score)) {
        best = { statement, records, score };
      }
    }
    if (best === undefined) {
      throw new Error("no Ambition Institute statement with declarations in the seeded world");
    }
    return best;
  };
  const old = await fullest((cohort) => cohort < 2025);
  const current = await fullest((cohort) => cohort >= 2025);
  let authorisable: StatementRow | undefined;
  for (const statement of statements.filter((candidate) => candidate.status === "payable")) {
    const path = `/finance/statements/${statement.id}/payment_authorisations/new`;
    if ((await fetch(path)).status === 200) {
      authorisable = statement;
      break;
    }
  }
  if (authorisable === undefined) {
    throw new Error("no statement to authorise in the seeded world");
  }
  // A paid NPQ output statement with output payments on it, for its money.
  let npq: StatementRow | undefined;
  for (const statement of await json<StatementRow[]>(
    fetch,
    "/__sandbox/statements?programme=npq&fee_type=output&status=paid",
  )) {
    const breakdown = await json<{ calculation: { totals: { outputPayment: string } } }>(
      fetch,
      `/__sandbox/statements/${statement.id}/breakdown`,
    );
    if (breakdown.calculation.totals.outputPayment !== "0.00") {
      npq = statement;
      break;
    }
  }
  if (npq === undefined) {
    throw new Error("no paid NPQ statement with output payments in the seeded world");
  }
  return [
    { name: "landing", path: "/finance/manage-cpd-contracts" },
    { name: "statement-list", path: "/finance/statements" },
    { name: "ecf-statement", path: statementPath(old.statement) },
    { name: "ecf-statement-2025", path: statementPath(current.statement) },
    { name: "voided-declarations", path: `${statementPath(old.statement)}/voided` },
    { name: "participant", path: `/finance/participants/${old.records[0]?.participant_id}` },
    { name: "authorise", path: `/finance/statements/${authorisable.id}/payment_authorisations/new` },
    { name: "npq-statement", path: `/finance/npq/statements/${npq.id}` },
  ];
}
