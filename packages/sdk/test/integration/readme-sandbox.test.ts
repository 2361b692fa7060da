/**
 * The README's sandbox snippets, run against the real sandbox over a socket (the other snippets run against a fake
 * of DfE's API in test/readme.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { files, log } from "../../docs/snippets/your-app.ts";
import { useLiveSandbox } from "./support/live-sandbox.ts";

const live = useLiveSandbox();

beforeAll(() => {
  vi.stubEnv("LPKIT_SANDBOX_URL", live().baseUrl);
  // Every response the snippets get is checked against spec/.
  vi.stubGlobal("fetch", live().fetch);
});
afterAll(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe("README sandbox snippets, against the real sandbox", () => {
  it("sandbox: resets the world and points an ECF client at a seeded provider", async () => {
    const { client } = await import("../../docs/snippets/sandbox.ts");

    expect(await live().control.world()).toMatchObject({ seed: 4010, now: "2025-10-01T09:30:00Z" });
    const { response } = await client.GET("/api/v3/statements");
    expect(response.url.startsWith(`${live().baseUrl}/ecf/api/v3/statements`)).toBe(true);
  });

  it("sandbox-faults: retries the GET, and the POST's failure reaches the code", async () => {
    await import("../../docs/snippets/sandbox-faults.ts");

    expect(log.lines.slice(-2)).toEqual([
      expect.stringMatching(/^\d+ statements, after one retry$/),
      "declaration failed with a server error: true",
    ]);
    expect(await live().control.faults()).toEqual([]);
  });

  it("sandbox-payment: takes a declaration through payment", async () => {
    await import("../../docs/snippets/sandbox-payment.ts");

    expect(log.lines.at(-1)).toMatch(/^declaration [\da-f-]{36} is paid$/);
  });

  it("sandbox-statements: lists the statements, breaks down the next one and saves its CSV", async () => {
    await import("../../docs/snippets/sandbox-statements.ts");

    expect(log.lines.slice(-2)).toEqual([
      expect.stringMatching(/^\d+ statements for 2025, [1-9]\d* of them for the service fee$/),
      expect.stringMatching(/^[A-Z][a-z]+ \d{4}: £\d+\.\d{2} so far, VAT included$/),
    ]);
    const [[name, csv] = []] = [...files.written];
    expect(name).toMatch(/^statement-\d{4}-[A-Z][a-z]+\.csv$/);
    expect(csv?.startsWith("declaration_id,participant_id,")).toBe(true);
  });
});
