/**
 * One control API in every mode (docs/decisions/sandbox-one-control-api.md): the same test helper, written once
 * against the SDK's `SandboxClient` type, drives the sandbox
 * - served by the `lpkit-sandbox` CLI over a real socket (the SDK's `createSandboxClient`),
 * - through MSW (`createSandboxHandlers`, the SDK's `createSandboxClient` at `controlBaseUrl`),
 * - in process (`createSandboxHandlers(...).sandbox`, no HTTP at all),
 * and sees the same answers and the same errors, `instanceof` the SDK's classes included.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { createSandboxHandlers } from "@lpkit/sandbox/msw";
import { getResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createEcfClient,
  createSandboxClient,
  NotFoundError,
  type SandboxClient,
  ServerError,
  type ThrowingEcfClient,
  UnprocessableError,
} from "../../src/index.ts";
import { specCheckingFetch } from "./support/spec-checking-fetch.ts";
import { AMBITION, startedDeclaration } from "./support/world.ts";

/** What a test suite's control helper needs: the SDK's sandbox client without its openapi-fetch `raw`. */
type Control = Omit<SandboxClient, "raw">;

interface Mode {
  readonly control: Control;
  /** The ECF API as the lead provider `token` reaches it in this mode. */
  ecf(token: string): ThrowingEcfClient;
  /** Responses of the mode's socket or MSW traffic that `spec/` does not allow. */
  readonly violations: readonly string[];
  close(): Promise<void>;
}

const SEED = 7;
const NOW = "2025-10-01T09:30:00Z";

/** The same control helper for every mode: a fresh world, a participant, a fault, a statement paid. */
async function payAStatement(mode: Mode): Promise<void> {
  const { control } = mode;
  expect(await control.reset({ seed: SEED, now: NOW })).toMatchObject({ seed: SEED, now: NOW, frozen: true });
  expect(await control.setClock("2025-10-02T09:30:00Z")).toEqual({ now: "2025-10-02T09:30:00Z", frozen: true });
  expect(await control.clock()).toEqual({ now: "2025-10-02T09:30:00Z", frozen: true });

  const provider = (await control.leadProviders()).find(({ name }) => name === AMBITION);
  expect(provider?.token).toBe("ambition-institute");
  const leadProviderId = provider?.id ?? "";
  const participant = await control.createParticipant({
    lead_provider_id: leadProviderId,
    course_identifier: "ecf-induction",
    cohort: "2025",
  });
  const ecf = mode.ecf(provider?.token ?? "");

  // A fault fires on the ECF API once, then the API answers again.
  await control.injectFault({ status: 503, count: 1, path: "/ecf/api/v3/participants", method: "GET" });
  const failed = await ecf.GET("/api/v3/participants").catch((error: unknown) => error);
  expect(failed).toBeInstanceOf(ServerError);
  expect(await control.faults()).toEqual([]);
  const { data: participants } = await ecf.GET("/api/v3/participants/{id}", {
    params: { path: { id: participant.id } },
  });
  expect(participants.data.id).toBe(participant.id);

  const { data: declared } = await ecf.POST("/api/v3/participant-declarations", {
    body: startedDeclaration(participant.id),
  });
  const statementId = declared.data.attributes.statement_id ?? "";

  // Refused before the cut-off date, with the same error class and entries in every mode.
  const early = await control.markStatementPayable(statementId).catch((error: unknown) => error);
  expect(early).toBeInstanceOf(UnprocessableError);
  expect(early instanceof UnprocessableError && early.has({ title: "statement" })).toBe(true);
  expect(early).toMatchObject({ name: "UnprocessableError", status: 422, method: "POST" });
  expect((early as UnprocessableError).path).toBe(`/__sandbox/statements/${statementId}/mark-payable`);
  const unknown = await control.markStatementPaid("no-such-statement").catch((error: unknown) => error);
  expect(unknown).toBeInstanceOf(NotFoundError);
  expect(unknown).not.toBeInstanceOf(UnprocessableError);

  // A month later, by a string: DfE's nightly job, then finance.
  await control.setClock("2025-11-01T09:00:00Z");
  expect((await control.markStatementPayable(statementId)).id).toBe(statementId);
  expect((await control.markStatementPaid(statementId)).attributes.paid).toBe(true);
  const paid = await control.statements({ lead_provider_id: leadProviderId, cohort: "2025", status: "paid" });
  expect(paid.map(({ id }) => id)).toContain(statementId);
  expect(paid.every((statement) => statement.lead_provider_name === AMBITION)).toBe(true);
}

/** `lpkit-sandbox --port 0`, started as a user starts it (its package's `bin`), and the SDK's clients over HTTP. */
async function cliMode(): Promise<Mode> {
  const manifestUrl = new URL(import.meta.resolve("@lpkit/sandbox/package.json"));
  const manifest = JSON.parse(await readFile(manifestUrl, "utf8")) as { bin: Record<string, string> };
  const bin = fileURLToPath(new URL(manifest.bin["lpkit-sandbox"] ?? "", manifestUrl));
  const child: ChildProcess = spawn(process.execPath, [bin, "--port", "0"], { stdio: ["ignore", "pipe", "ignore"] });
  const origin = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk) => {
      output += String(chunk);
      const match = /Control API\s+(http:\/\/[^/\s]+)\/__sandbox/.exec(output);
      if (match?.[1]) {
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => reject(new Error(`lpkit-sandbox exited with ${code}: ${output}`)));
  });
  const checked = specCheckingFetch();
  const control = createSandboxClient({ baseUrl: origin, fetch: checked.fetch });
  return {
    control,
    ecf: (token) =>
      createEcfClient({ baseUrl: control.ecfBaseUrl, token, fetch: checked.fetch, retry: false, throwOnError: true }),
    violations: checked.violations,
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** MSW's `setupServer` with the sandbox's handlers, for a client configured for a local sandbox. */
async function mswMode(): Promise<Mode> {
  const handlers = createSandboxHandlers({ baseUrl: "http://127.0.0.1:4010/ecf" });
  const server = setupServer(...handlers.handlers);
  server.listen({ onUnhandledFrame: "error" });
  // After listen(): the checking fetch wraps the fetch MSW intercepts.
  const checked = specCheckingFetch();
  expect(handlers.controlBaseUrl).toBe("http://127.0.0.1:4010");
  return {
    control: createSandboxClient({ baseUrl: handlers.controlBaseUrl, fetch: checked.fetch }),
    ecf: (token) =>
      createEcfClient({ baseUrl: handlers.baseUrl, token, fetch: checked.fetch, retry: false, throwOnError: true }),
    violations: checked.violations,
    close: async () => server.close(),
  };
}

/** No HTTP and no interception: the handlers' own control client, and MSW's `getResponse` for the ECF API. */
async function inProcessMode(): Promise<Mode> {
  const { handlers, sandbox, baseUrl } = createSandboxHandlers();
  const answer = async (request: Request) => (await getResponse(handlers, request)) ?? Response.error();
  return {
    control: sandbox,
    ecf: (token) => createEcfClient({ baseUrl, token, fetch: answer, retry: false, throwOnError: true }),
    violations: [],
    close: async () => {},
  };
}

describe.each([
  ["the CLI over a socket", cliMode],
  ["MSW", mswMode],
  ["in process", inProcessMode],
])("the control API through %s", (_name, start) => {
  let mode: Mode | undefined;
  beforeAll(async () => {
    mode = await start();
  }, 30_000);
  afterAll(async () => mode?.close());
  const current = (): Mode => {
    if (mode === undefined) {
      throw new Error("The mode starts in beforeAll");
    }
    return mode;
  };
  beforeEach(() => {
    expect(current().violations).toEqual([]);
  });

  it("resets, moves the clock, creates a participant, fires a fault and pays a statement", async () => {
    await payAStatement(current());
    expect(current().violations).toEqual([]);
  }, 30_000);

  it("refuses a malformed clock before sending it, as the SDK does", async () => {
    await expect(current().control.setClock("1 December")).rejects.toThrow(RangeError);
  });
});
