// The Prism rows of an API's HTTP benchmark (sandbox-http.bench.ts, npq-http.bench.ts): the sandbox's page and
// submission requests, sent the same to Prism on each document, and the comparison the aim is stated in: declaration
// submission at least 5 times Prism's rate on DfE's document for the same request.
import type { LoadSubject } from "./load-rounds.ts";
import type { LoadOptions, LoadResult } from "./load-test.ts";
import { median } from "./measure.ts";
import { PRISM_VERSION, type PrismServer } from "./prism.ts";

/** Declaration submission's aim: at least this many times Prism's rate, on DfE's document above all. */
const SUBMISSION_AIM = 5;
/** The sandbox's own latency aim under the benchmark's concurrent clients. */
const P99_AIM_MS = 25;

export interface PrismSubjectsOptions {
  prisms: readonly PrismServer[];
  connections: number;
  /** The same bearer token header as the sandbox's: Prism checks that the document's security scheme is met. */
  authorised: Record<string, string>;
  /** The sandbox's API prefix (`/ecf`, `/npq`): its paths have it, the documents' do not. */
  prefix: string;
  /** The sandbox's paths of the two requests, prefix included. */
  listPath: string;
  declarationsPath: string;
  /** One submission's body. Prism keeps nothing, so the same body each time is the same request. */
  body: string;
}

/** The two requests sent to one Prism. */
export interface PrismPair {
  label: string;
  list: LoadSubject;
  submit: LoadSubject;
}

function withoutPrefix(prefix: string, path: string): string {
  if (!path.startsWith(`${prefix}/`)) {
    throw new Error(`${path} does not start with the API prefix ${prefix}`);
  }
  return path.slice(prefix.length);
}

export function prismSubjects(options: PrismSubjectsOptions): PrismPair[] {
  const { connections, authorised } = options;
  const listPath = withoutPrefix(options.prefix, options.listPath);
  const declarationsPath = withoutPrefix(options.prefix, options.declarationsPath);
  return options.prisms.map(({ origin, label }) => ({
    label,
    list: {
      name: `Prism (${label}): GET ${listPath.split("?")[0]}`,
      load: (extent) => ({ origin, path: listPath, headers: authorised, connections, ...extent }),
    },
    submit: {
      name: `Prism (${label}): POST ${declarationsPath}`,
      load: (extent) => ({
        origin,
        method: "POST",
        path: declarationsPath,
        headers: { ...authorised, "content-type": "application/json" },
        body: options.body,
        connections,
        ...extent,
      }),
    },
  }));
}

async function sendOnce({ origin, method = "GET", path, headers, body }: LoadOptions): Promise<Response> {
  return fetch(`${origin}${path}`, { method, ...(headers ? { headers } : {}), ...(body ? { body } : {}) });
}

/** A pair whose requests Prism answered with a 2xx. */
export interface CheckedPrismPair extends PrismPair {
  /** The size of the page Prism answers: its document's example, not the sandbox's page. */
  pageBytes: number;
}

/**
 * Sends each request once and fails unless Prism answers 2xx (it answers 401 without the token and 422 for a body its
 * document refuses, and a rate of those measures the wrong thing).
 */
export async function checkPrismAnswers(pairs: readonly PrismPair[]): Promise<CheckedPrismPair[]> {
  const checked: CheckedPrismPair[] = [];
  for (const pair of pairs) {
    let pageBytes = 0;
    for (const subject of [pair.list, pair.submit]) {
      const response = await sendOnce(subject.load({ requests: 1 }));
      const text = await response.text();
      if (!response.ok) {
        throw new Error(`${subject.name} answered ${response.status}: ${text.slice(0, 500)}`);
      }
      if (subject === pair.list) {
        pageBytes = Buffer.byteLength(text);
      }
    }
    checked.push({ ...pair, pageBytes });
  }
  return checked;
}

/** Prints the sandbox's rate over Prism's for each request and document, with both p99 latencies and the aims. */
export function printAgainstPrism(
  subjects: readonly LoadSubject[],
  results: readonly LoadResult[][],
  sandbox: { list: LoadSubject; submit: LoadSubject },
  pairs: readonly CheckedPrismPair[],
  notes: readonly string[],
): void {
  const statsOf = (subject: LoadSubject) => {
    const runs = results[subjects.indexOf(subject)] ?? [];
    return {
      rate: median(runs.map((run) => run.requestsPerSecond)),
      p99: median(runs.map((run) => run.latencyP99)),
    };
  };
  const rows = (["POST", "GET"] as const).flatMap((method) =>
    pairs.map((pair) => {
      const ours = statsOf(method === "POST" ? sandbox.submit : sandbox.list);
      const prism = statsOf(method === "POST" ? pair.submit : pair.list);
      const ratio = ours.rate / prism.rate;
      const aim =
        method === "POST" ? `>= ${SUBMISSION_AIM}: ${ratio >= SUBMISSION_AIM ? "met" : "NOT met"}` : "none (context)";
      return [`sandbox ${method} / Prism (${pair.label})`, ratio.toFixed(2), aim, `${ours.p99}`, `${prism.p99}`];
    }),
  );
  const header = ["", "x Prism", "aim", `sandbox p99 ms (aim < ${P99_AIM_MS})`, "Prism p99 ms"];
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ")}`;
  console.log(
    `Against Prism ${PRISM_VERSION} (a schema mock: it answers its document's example and checks no rule), the same ` +
      `requests in the same rounds:`,
  );
  console.log(line(header));
  for (const row of rows) {
    console.log(line(row));
  }
  for (const { label, pageBytes } of pairs) {
    console.log(
      `  Prism (${label}) answers the page with its document's example: ${(pageBytes / 1024).toFixed(1)} KiB.`,
    );
  }
  for (const note of notes) {
    console.log(`  ${note}`);
  }
}
