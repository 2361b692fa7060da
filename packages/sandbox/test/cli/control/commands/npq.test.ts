/** `lpkit-sandbox npq ...`: the control API's NPQ fixtures from the command line. */
import { NPQ_FIXTURE_MESSAGES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { useControlCli } from "../../../helpers/control-cli.ts";

const { sandbox, cli, json } = useControlCli();

/** A new application of Ambition Institute's, accepted. */
async function application() {
  const [ambition] = await sandbox.control.npqLeadProviders();
  return sandbox.control.createNpqApplication({
    lead_provider_id: ambition?.id as string,
    course_identifier: "npq-headship",
    cohort: "2025",
    status: "accepted",
  });
}

describe("lpkit-sandbox npq cohort add", () => {
  it("creates a cohort, says so in a line, and answers the cohort with --json", async () => {
    const added = await cli(["npq", "cohort", "add", "2027b", "--funding", "capped"]);
    expect(added).toEqual({
      code: 0,
      stdout: "Cohort 2027b added: capped funding, registration from 2027-04-01\n",
      stderr: "",
    });
    expect(
      await json([
        "npq",
        "cohort",
        "add",
        "2028",
        "--funding",
        "zero",
        "--registration-start",
        "2028-05-01",
        "--no-contracts",
      ]),
    ).toEqual({
      identifier: "2028a",
      start_year: 2028,
      suffix: "a",
      funding: "zero",
      registration_start_date: "2028-05-01",
    });
    // --no-contracts: no lead provider has a contract in that cohort; without it, every one has.
    const cohorts = (await sandbox.control.npqLeadProviders()).map((provider) => provider.cohorts);
    expect(cohorts.every((list) => list.includes("2027b") && !list.includes("2028a"))).toBe(true);
  });

  it("refuses a malformed cohort, funding or date with the usage and exit code 2, sending nothing", async () => {
    // Independent runs, so side by side: none reaches the sandbox.
    const [cohort, funding, missing, date] = await Promise.all([
      cli(["npq", "cohort", "add", "27b", "--funding", "capped"]),
      cli(["npq", "cohort", "add", "2027b", "--funding", "partial"]),
      cli(["npq", "cohort", "add", "2027b"]),
      cli(["npq", "cohort", "add", "2027b", "--funding", "zero", "--registration-start", "April"]),
    ]);
    expect([cohort.code, cohort.stderr]).toEqual([2, expect.stringContaining("<cohort> must be an NPQ cohort")]);
    expect([funding.code, funding.stderr]).toEqual([
      2,
      expect.stringContaining("--funding must be full, capped or zero"),
    ]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("--funding is required")]);
    expect([date.code, date.stderr]).toEqual([2, expect.stringContaining("--registration-start must be a date")]);
    expect((await sandbox.control.npqLeadProviders())[0]?.cohorts).not.toContain("2027b");
  });

  it("passes the sandbox's refusal on, with exit code 1", async () => {
    const exists = await cli(["npq", "cohort", "add", "2026b", "--funding", "capped"]);
    expect(exists).toEqual({
      code: 1,
      stdout: "",
      stderr: `lpkit-sandbox: ${NPQ_FIXTURE_MESSAGES.cohortExists("2026b")}\n`,
    });
  });
});

describe("lpkit-sandbox npq delivery-partner add", () => {
  it("creates a partner for a lead provider named by its token, in the cohorts listed", async () => {
    const added = await cli(["npq", "delivery-partner", "add", "--lead-provider", "llse", "--cohorts", "2025,2026b"]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(
      /^Sandbox NPQ Delivery Partner \d+ \([0-9a-f-]{36}\) added: with LLSE in 2025a, 2026b\n$/,
    );
    const named = await json<{ name: string }>([
      ...["npq", "delivery-partner", "add", "--lead-provider", "Teach First", "--cohorts", "2024a", "--name", "North"],
    ]);
    expect(named.name).toBe("North");
    const unknown = await cli(["npq", "delivery-partner", "add", "--lead-provider", "nobody", "--cohorts", "2025a"]);
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining('No NPQ lead provider "nobody"')]);
  });
});

describe("lpkit-sandbox npq application change-lead-provider", () => {
  it("moves the application to the lead provider named", async () => {
    const { id } = await application();
    const moved = await cli(["npq", "application", "change-lead-provider", id, "--lead-provider", "llse"]);
    expect(moved).toEqual({ code: 0, stdout: `Application ${id} is now with LLSE\n`, stderr: "" });
    const same = await cli(["npq", "application", "change-lead-provider", id, "--lead-provider", "llse"]);
    expect([same.code, same.stderr]).toEqual([1, `lpkit-sandbox: ${NPQ_FIXTURE_MESSAGES.sameLeadProvider}\n`]);
  });
});

describe("lpkit-sandbox npq participant change-id", () => {
  it("gives the participant a new id, or merges them into the one of --to", async () => {
    const from = (await application()).attributes.participant_id;
    const change = await json<{ from_participant_id: string; to_participant_id: string }>([
      ...["npq", "participant", "change-id", from],
    ]);
    expect(change.from_participant_id).toBe(from);
    const other = (await application()).attributes.participant_id;
    const merged = await cli(["npq", "participant", "change-id", other, "--to", change.to_participant_id]);
    expect(merged.stdout).toBe(`Participant ${other} is now ${change.to_participant_id}\n`);
  });
});

describe("the npq commands' help", () => {
  it("has --help on each, naming the others", async () => {
    const help = await cli(["npq", "cohort", "add", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: lpkit-sandbox npq cohort add <cohort> [options]");
    expect(help.stdout).toContain("--no-contracts");
    expect(help.stdout).toContain("lpkit-sandbox npq participant change-id");
    expect((await cli(["--help"])).stdout).toContain("npq application change-lead-provider <id>");
  });
});
