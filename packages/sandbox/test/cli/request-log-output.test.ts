/**
 * `lpkit-sandbox` prints a line per request of a lead provider's client after its banner: as text by default, as
 * JSON with `--log-format json`, none with `--quiet`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { parseCliOptions, UsageError } from "../../src/cli/parse-options.ts";

const CLI = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));
const BANNER_END = /Control API\s+(http:\/\/[^/\s]+)\/__sandbox/;

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
});

interface Started {
  readonly origin: string;
  /** Standard output after the banner. */
  readonly afterBanner: () => string;
  /** Resolves once standard output holds `count` lines after the banner. */
  readonly lines: (count: number) => Promise<string[]>;
}

function start(args: string[]): Promise<Started> {
  const process_ = spawn(process.execPath, [CLI, "--port", "0", "--now", "2025-10-01T09:30:00Z", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "" },
  });
  child = process_;
  let stdout = "";
  let bannerLength: number | undefined;
  const waiting: (() => void)[] = [];
  const afterBanner = () => (bannerLength === undefined ? "" : stdout.slice(bannerLength));
  return new Promise((resolve, reject) => {
    process_.stdout.on("data", (chunk) => {
      stdout += String(chunk);
      const match = BANNER_END.exec(stdout);
      if (bannerLength === undefined && match?.[1]) {
        // The banner ends with the token table: everything printed before the first request belongs to it.
        bannerLength = stdout.length;
        const origin = match[1];
        resolve({
          origin,
          afterBanner,
          lines: (count) =>
            new Promise((done) => {
              const check = () => {
                const lines = afterBanner().split("\n").filter(Boolean);
                if (lines.length >= count) {
                  done(lines);
                  return true;
                }
                return false;
              };
              if (!check()) {
                waiting.push(() => void check());
              }
            }),
        });
      }
      for (const wake of waiting) {
        wake();
      }
    });
    process_.once("exit", (code) => reject(new Error(`exited with ${code}: ${stdout}`)));
  });
}

async function sendRequests(origin: string): Promise<void> {
  await (await fetch(`${origin}/__sandbox/world`)).text();
  const statements = await fetch(`${origin}/ecf/api/v3/statements?filter[cohort]=2025`, {
    headers: { authorization: "Bearer ambition-institute" },
  });
  await statements.text();
  const refused = await fetch(`${origin}/ecf/api/v3/participants`, { headers: { authorization: "Bearer nope" } });
  await refused.text();
}

describe("lpkit-sandbox's request lines", () => {
  it("prints a line of text per request of a lead provider's client, with an error's detail", async () => {
    const { origin, lines } = await start([]);
    await sendRequests(origin);
    const [statements, refused, ...rest] = await lines(2);
    expect(rest).toEqual([]);
    expect(statements).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} GET {4}\/ecf\/api\/v3\/statements\?filter\[cohort\]=2025 ambition-institute 200 \d+\.\d ms$/,
    );
    expect(refused).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} GET {4}\/ecf\/api\/v3\/participants - 401 \d+\.\d ms - HTTP Token: Access denied$/,
    );
  }, 20_000);

  it("prints a JSON object per request with --log-format json, the log's fields without bodies", async () => {
    const { origin, lines } = await start(["--log-format", "json"]);
    await sendRequests(origin);
    const [statements, refused] = (await lines(2)).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(Object.keys(statements ?? {})).toEqual([
      "id",
      "time",
      "sandbox_time",
      "method",
      "path",
      "query",
      "lead_provider",
      "status",
      "duration_ms",
      "error_detail",
    ]);
    expect(statements).toMatchObject({
      id: 1,
      sandbox_time: "2025-10-01T09:30:00Z",
      path: "/ecf/api/v3/statements",
      query: "filter[cohort]=2025",
      lead_provider: { name: "Ambition Institute" },
      status: 200,
      error_detail: null,
    });
    expect(refused).toMatchObject({
      id: 2,
      lead_provider: null,
      status: 401,
      error_detail: "HTTP Token: Access denied",
    });
  }, 20_000);

  it("prints nothing per request with --quiet, and still logs them", async () => {
    const { origin, afterBanner } = await start(["--quiet"]);
    await sendRequests(origin);
    const logged = (await (await fetch(`${origin}/__sandbox/requests`)).json()) as { data: unknown[] };
    expect(logged.data).toHaveLength(2);
    expect(afterBanner()).toBe("");
  }, 20_000);
});

describe("parseCliOptions: the request lines", () => {
  it("prints text lines by default", () => {
    expect(parseCliOptions([])).toMatchObject({ quiet: false, logFormat: "text" });
  });

  it("reads --quiet and --log-format", () => {
    expect(parseCliOptions(["--quiet", "--log-format", "json"])).toMatchObject({ quiet: true, logFormat: "json" });
  });

  it("refuses another --log-format", () => {
    expect(() => parseCliOptions(["--log-format", "yaml"])).toThrow(
      new UsageError('--log-format must be text or json, got "yaml"'),
    );
  });
});
