/**
 * The control CLI as a user runs it: `lpkit-sandbox <command>` in a child process, against a sandbox this test
 * serves on port 0, every answer of which is checked against `spec/` on its way out.
 */
import { type AddressInfo, createServer } from "node:net";
import { FINANCE_MESSAGES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { CONTROL_CLI_TOKEN, useControlCli } from "../../helpers/control-cli.ts";
import { TEST_NOW } from "../../helpers/test-sandbox.ts";
import { startedDeclaration } from "../../msw/support/msw-api.ts";

const { sandbox, cli, json } = useControlCli();
const TOKEN = CONTROL_CLI_TOKEN;

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("lpkit-sandbox clock", () => {
  it("shows, sets, advances (keeping it frozen or running) and releases the clock", async () => {
    expect(await cli(["clock"])).toEqual({ code: 0, stdout: `${TEST_NOW} (frozen)\n`, stderr: "" });
    expect((await cli(["clock", "set", "2025-12-01T09:00:00Z"])).stdout).toBe("2025-12-01T09:00:00Z (frozen)\n");
    expect((await cli(["clock", "advance", "30d"])).stdout).toBe("2025-12-31T09:00:00Z (frozen)\n");
    expect((await cli(["clock", "advance", "1w2h"])).stdout).toBe("2026-01-07T11:00:00Z (frozen)\n");
    await cli(["clock", "set", "2025-12-01T09:00:00Z", "--running"]);
    expect(await json(["clock", "advance", "1d"])).toMatchObject({ frozen: false });
    expect(await json(["clock", "release"])).toMatchObject({ frozen: false });
  });

  it("refuses a malformed time or duration with the usage and exit code 2, sending nothing", async () => {
    const badTime = await cli(["clock", "set", "1 December"]);
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toContain(
      '<time> must be an RFC 3339 date-time such as 2025-12-01T09:00:00Z, got "1 December"',
    );
    expect(badTime.stderr).toContain("Usage: lpkit-sandbox clock set <time> [options]");
    expect((await cli(["clock", "advance", "3x"])).code).toBe(2);
    expect((await cli(["clock"])).stdout).toBe(`${TEST_NOW} (frozen)\n`);
  });
});

describe("lpkit-sandbox participant", () => {
  it("adds an ECT for a lead provider named by its slug, then makes a mentor eligible", async () => {
    const added = await cli([
      "participant",
      "add",
      "--lead-provider",
      "ambition-institute",
      "--ect",
      "--cohort",
      "2025",
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/\(([0-9a-f-]{36})\) added: ECT of Ambition Institute, cohort 2025\n$/);

    const mentor = await json<{ id: string }>([
      ...["participant", "add", "--lead-provider", "Teach First", "--mentor", "--cohort", "2025", "--not-eligible"],
    ]);
    const eligible = await cli(["participant", "eligible", mentor.id, "--mentor"]);
    expect(eligible.stdout).toContain(`(${mentor.id}) is eligible for funding as a mentor`);
  });

  it("puts the participant at the school of --school-urn", async () => {
    const ambition = (await sandbox.control.leadProviders()).find(({ token }) => token === "ambition-institute");
    const schools = await sandbox.fetch(
      new Request("http://localhost/ecf/api/v3/schools?filter[cohort]=2025&page[per_page]=1", {
        headers: { authorization: `Bearer ${ambition?.token}` },
      }),
    );
    const [school] = ((await schools.json()) as { data: { attributes: { urn: string } }[] }).data;
    const urn = school?.attributes.urn ?? "";
    const participant = await json<{ attributes: { ecf_enrolments: { school_urn: string }[] } }>([
      ...["participant", "add", "--lead-provider", "ambition-institute", "--ect", "--cohort", "2025"],
      ...["--school-urn", urn],
    ]);
    expect(participant.attributes.ecf_enrolments[0]?.school_urn).toBe(urn);

    const unknown = await cli([
      ...["participant", "add", "--lead-provider", "ambition-institute", "--ect", "--cohort", "2025"],
      ...["--school-urn", "999999999"],
    ]);
    expect(unknown).toMatchObject({ code: 1, stdout: "" });
    expect(unknown.stderr).toBe(
      "lpkit-sandbox: No school with URN 999999999 is open to Ambition Institute in cohort 2025.\n",
    );
  });

  it("says which options are missing or unknown, with exit code 2", async () => {
    const noRole = await cli(["participant", "add", "--lead-provider", "ambition-institute", "--cohort", "2025"]);
    expect(noRole.code).toBe(2);
    expect(noRole.stderr).toContain("exactly one of --ect or --mentor");
    const noProvider = await cli(["participant", "add", "--ect", "--cohort", "2025"]);
    expect(noProvider.stderr).toContain("--lead-provider is required");
    const unknownProvider = await cli(["participant", "add", "--lead-provider", "nobody", "--ect", "--cohort", "2025"]);
    expect(unknownProvider.code).toBe(1);
    expect(unknownProvider.stderr).toContain('No lead provider "nobody". Use an id, or one of: ambition-institute');
  });

  it("passes the API's details on for a refusal, with exit code 1", async () => {
    const refused = await cli(["participant", "add", "--lead-provider", "capita", "--ect", "--cohort", "25"]);
    expect(refused.code).toBe(1);
    // The detail alone, one line, as the control API words it: no status line, no stack.
    expect(refused.stderr).toMatch(/^lpkit-sandbox: '#\/cohort' must be a cohort year[^\n]*\n$/);
  });
});

describe("lpkit-sandbox statements and statement", () => {
  it("lists statements by filters, refuses one before its cut-off, then marks it payable and paid", async () => {
    // A declaration on November's statement, so that there is something to pay.
    const participant = await json<{ id: string }>([
      ...["participant", "add", "--lead-provider", "ambition-institute", "--ect", "--cohort", "2025"],
    ]);
    const declared = await sandbox.fetch(
      new Request("http://localhost/ecf/api/v3/participant-declarations", {
        method: "POST",
        headers: { authorization: "Bearer ambition-institute", "content-type": "application/json" },
        body: JSON.stringify(startedDeclaration(participant.id)),
      }),
    );
    const statementId = ((await declared.json()) as { data: { attributes: { statement_id: string } } }).data.attributes
      .statement_id;

    const filters = ["--lead-provider", "ambition-institute", "--cohort", "2025", "--status", "open"];
    const listed = await cli(["statements", ...filters, "--fee-type", "output"]);
    expect(listed.stdout.split("\n")[0]).toMatch(
      /^Id\s+Programme\s+Lead provider\s+Cohort\s+Month\s+Fee type\s+Status/,
    );
    expect(listed.stdout).toContain(statementId);
    const statements = await json<{ id: string; cut_off_date: string }[]>(["statements", ...filters]);
    const cutOff = statements.find(({ id }) => id === statementId)?.cut_off_date ?? "";

    const early = await cli(["statement", "payable", statementId]);
    expect(early.code).toBe(1);
    expect(early.stderr).toBe(`lpkit-sandbox: ${FINANCE_MESSAGES.deadlineNotPassed(cutOff)}\n`);

    await cli(["clock", "set", `${cutOff}T23:59:59Z`]);
    await cli(["clock", "advance", "1s"]);
    expect((await cli(["statement", "payable", statementId])).stdout).toMatch(
      /^Statement \S+ \(November 2025, cohort 2025\) is payable\n$/,
    );
    expect((await cli(["statement", "pay", statementId])).stdout).toContain("is paid");
    const paid = await json<{ id: string }[]>([
      "statements",
      "--lead-provider",
      "ambition-institute",
      "--status",
      "paid",
    ]);
    expect(paid.map(({ id }) => id)).toContain(statementId);
  });

  it("lists the NPQ API's statements with --programme npq, naming an NPQ lead provider and cohort", async () => {
    const listed = await cli(["statements", "--programme", "npq", "--lead-provider", "llse", "--cohort", "2026b"]);
    const rows = listed.stdout.trim().split("\n").slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => /^\S+\s+npq\s+LLSE\s+2026b\s/.test(row))).toBe(true);
    const unknown = await cli(["statements", "--programme", "npq", "--lead-provider", "capita"]);
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining('No NPQ lead provider "capita"')]);
  });

  it("adds an adjustment to a statement and takes it off again", async () => {
    const [open] = await json<{ id: string }[]>([
      "statements",
      "--lead-provider",
      "ambition-institute",
      "--fee-type",
      "output",
      "--status",
      "open",
    ]);
    const id = open?.id ?? "";
    const added = await json<{ id: string; description: string; amount: string }>([
      "statement",
      "adjust",
      id,
      "--description",
      "March reconciliation",
      "--amount=-150",
    ]);
    expect(added).toMatchObject({ description: "March reconciliation", amount: "-150.00" });
    const removed = await cli(["statement", "unadjust", id, added.id]);
    expect(removed.stdout).toBe(`Adjustment ${added.id} is off statement ${id}\n`);
    const zero = await cli(["statement", "adjust", id, "--description", "Nothing", "--amount", "0"]);
    expect([zero.code, zero.stderr]).toEqual([1, `lpkit-sandbox: ${FINANCE_MESSAGES.zeroAdjustmentAmount}\n`]);
    const missing = await cli(["statement", "adjust", id, "--amount", "10.00"]);
    expect(missing.code).toBe(2);
  });

  it("answers a 404 for an unknown statement in plain words", async () => {
    const missing = await cli(["statement", "pay", "no-such-statement"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.startsWith("lpkit-sandbox: ")).toBe(true);
    expect(missing.stderr.split("\n")).toHaveLength(2);
  });
});

describe("lpkit-sandbox fault, faults and requests", () => {
  it("arms a fault that fires on the ECF API, lists it, and clears them", async () => {
    const armed = await cli(["fault", "503", "--path", "/ecf/api/v3/participants", "--method", "get", "--count", "2"]);
    expect(armed.stdout).toMatch(
      /^Fault \S+ armed: the next 2 GET requests under \/ecf\/api\/v3\/participants answer 503\.\n$/,
    );
    const listed = await cli(["faults"]);
    expect(listed.stdout).toMatch(/\n\S+\s+503\s+GET\s+\/ecf\/api\/v3\/participants\s+2\n$/);
    expect((await cli(["faults", "clear"])).stdout).toBe("Every fault is disarmed.\n");
    expect((await cli(["faults"])).stdout).toBe("No faults armed.\n");
  });

  it("lists the requests clients sent, by filter, with their bodies in --json, and empties the log", async () => {
    const refused = await sandbox.fetch(
      new Request("http://localhost/ecf/api/v3/participant-declarations", {
        method: "POST",
        headers: { authorization: "Bearer ambition-institute", "content-type": "application/json" },
        body: JSON.stringify(startedDeclaration("0b7d2c1e-5f3a-4e8b-9c6d-1a2b3c4d5e6f")),
      }),
    );
    const detail = ((await refused.json()) as { errors: [{ detail: string }] }).errors[0].detail;
    await sandbox.fetch(
      new Request("http://localhost/ecf/api/v3/statements", {
        headers: { authorization: "Bearer ambition-institute" },
      }),
    );

    const failed = await cli(["requests", "--status", "4xx", "--lead-provider", "ambition-institute"]);
    expect(failed.stdout).toMatch(
      /^\d+ \d\d:\d\d:\d\d\.\d{3} POST +\/ecf\/api\/v3\/participant-declarations ambition-institute 422 [\d.]+ ms - /,
    );
    expect(failed.stdout.trimEnd().endsWith(detail)).toBe(true);
    expect(failed.stdout.trimEnd().split("\n")).toHaveLength(1);

    const [last] = await json<{ method: string; path: string; response_body: { json: unknown } }[]>([
      "requests",
      "--limit",
      "1",
    ]);
    expect(last).toMatchObject({
      method: "GET",
      path: "/ecf/api/v3/statements",
      response_body: { json: { data: expect.any(Array) } },
    });
    expect((await cli(["requests", "--status", "four"])).code).toBe(2);
    expect((await cli(["requests", "clear"])).stdout).toBe("The request log is empty.\n");
    expect((await cli(["requests"])).stdout).toBe("No requests logged.\n");
  });

  it("passes on why a fault that could never fire is refused", async () => {
    const refused = await cli(["fault", "503", "--path", "/api/v3/participants"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Did you mean /ecf/api/v3/participants?");
    expect((await cli(["fault", "five-hundred"])).code).toBe(2);
  });
});

describe("lpkit-sandbox reset, world, scenarios, lead-providers", () => {
  it("resets to a seed and an instant, and shows the world", async () => {
    const reset = await cli(["reset", "--seed", "7", "--now", "2025-11-01T09:00:00Z"]);
    expect(reset.stdout.split("\n")[0]).toBe("New world, seed 7");
    expect(reset.stdout).toContain("Clock   2025-11-01T09:00:00Z (frozen)");
    expect(await json(["world"])).toMatchObject({ seed: 7, now: "2025-11-01T09:00:00Z", frozen: true });
  });

  it("lists the scenarios and the lead providers with their tokens", async () => {
    const scenarios = await cli([
      "scenarios",
      "--lead-provider",
      "ambition-institute",
      "--name",
      "ect-ready-to-declare",
    ]);
    expect(scenarios.stdout).toMatch(/\nect-ready-to-declare\s+ecf\s+Ambition Institute\s+2025\s+participant_id=/);
    const providers = await cli(["lead-providers"]);
    expect(providers.stdout).toMatch(/\nAmbition Institute\s+ambition-institute\s+[0-9a-f-]{36}\s+2021, /);
  });
});

describe("lpkit-sandbox scenarios --programme npq", () => {
  it("lists the NPQ API's scenarios with the programme column, naming an NPQ lead provider", async () => {
    const listed = await cli(["scenarios", "--programme", "npq", "--lead-provider", "llse"]);
    expect(listed.stdout).toMatch(/^Name\s+Programme\s+Lead provider\s+Cohort\s+Ids\n/);
    expect(listed.stdout).toMatch(/\nnpq-participant-ready-to-declare\s+npq\s+LLSE\s+\d{4}\s+application_id=/);
    expect(listed.stdout).not.toMatch(/\secf\s/);
    const refused = await cli(["scenarios", "--programme", "itt"]);
    expect(refused.code).toBe(1);
  });
});

describe("the control CLI's errors and help", () => {
  it("says plainly when no sandbox answers, with exit code 1", async () => {
    const nowhere = `http://127.0.0.1:${await closedPort()}`;
    expect(await cli(["clock", "--url", nowhere])).toEqual({
      code: 1,
      stdout: "",
      stderr: `lpkit-sandbox: No sandbox answers at ${nowhere}. Start one with \`lpkit-sandbox\` or pass --url.\n`,
    });
  });

  it("asks for the control token when the sandbox wants one", async () => {
    const refused = await cli(["world"], { LPKIT_SANDBOX_CONTROL_TOKEN: "" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Pass the sandbox's control token with --control-token");
    expect((await cli(["world", "--control-token", TOKEN], { LPKIT_SANDBOX_CONTROL_TOKEN: "" })).code).toBe(0);
  });

  it("answers an unknown command or option with the usage and exit code 2", async () => {
    const command = await cli(["clok"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('unknown command "clok"');
    expect(command.stderr).toContain("clock advance <duration>");
    const sub = await cli(["clock", "sett", "2025-12-01T09:00:00Z"]);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toContain('unknown command "clock sett"');
    const option = await cli(["faults", "--colour"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Usage: lpkit-sandbox faults [options]");
    expect((await cli(["clock", "set", "not-a-time", "--url", "nowhere"])).code).toBe(2);
  });

  it("has --help on the root and on each command", async () => {
    const root = await cli(["--help"]);
    expect(root.code).toBe(0);
    expect(root.stdout).toContain("--port <n>");
    expect(root.stdout).toContain("Commands (drive a running sandbox through its control API):");
    const command = await cli(["clock", "advance", "--help"]);
    expect(command.code).toBe(0);
    expect(command.stdout).toContain("Usage: lpkit-sandbox clock advance <duration> [options]");
    expect(command.stdout).toContain("--url <url>");
    expect(command.stdout).toContain("Example:\n  lpkit-sandbox clock advance 30d");
  });
});
