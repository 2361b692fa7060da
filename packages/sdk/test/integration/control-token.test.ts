/**
 * A sandbox started with a control token: `createSandboxClient({ controlToken })` sends it; without it the control
 * API answers 401.
 */
import { describe, expect, it } from "vitest";
import { createSandboxClient, LeadProviderApiError } from "../../src/index.ts";
import { useLiveSandbox } from "./support/live-sandbox.ts";

const live = useLiveSandbox({ controlToken: "s3cret" });

describe("the control token", () => {
  it("is sent as a bearer token by a client given controlToken", async () => {
    const sandbox = createSandboxClient({ baseUrl: live().baseUrl, controlToken: "s3cret", throwOnError: true });
    expect((await sandbox.world()).seed).toEqual(expect.any(Number));
  });

  it("is required by the sandbox: a client without it gets a 401", async () => {
    const sandbox = createSandboxClient({ baseUrl: live().baseUrl, throwOnError: true });
    const error = await sandbox.world().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LeadProviderApiError);
    expect((error as LeadProviderApiError).status).toBe(401);
    expect((await sandbox.health()).status).toBe("ok");
  });

  it("cannot be empty", () => {
    expect(() => createSandboxClient({ baseUrl: live().baseUrl, controlToken: "" })).toThrow(
      "The sandbox control token must be a non-empty string",
    );
  });
});
