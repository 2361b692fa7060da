import { describe, expect, it } from "vitest";
import { ControlApiError } from "../../src/index.ts";
import { createSandboxHandlers } from "../../src/msw/create-sandbox-handlers.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

describe("POST /__sandbox/faults: a path no API route begins", () => {
  it("refuses a path without the /ecf mount, naming the one that would fire", async () => {
    const { client } = testSandbox();
    const response = await client.post("/__sandbox/faults", { body: { status: 503, path: "/api/v3/participants" } });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].detail).toContain("never fire");
    expect(response.body.errors[0].detail).toContain("Did you mean /ecf/api/v3/participants?");
    expect((await client.get("/__sandbox/faults")).body.data).toEqual([]);
  });

  it.each([
    "/ecf/api/v3/participant",
    "/npq/api/v3/applications",
    "/npq/api/v3/participant-declaration",
    "/__sandbox/reset",
    "/ecf/api/v3/participants/x/y/z",
  ])("refuses %s, which names no route, saying where API paths start", async (path) => {
    const { client } = testSandbox();
    const response = await client.post("/__sandbox/faults", { body: { status: 503, path } });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].detail).toContain("API paths start with /ecf/api/v3 or /npq/api/v3");
  });

  it.each([
    "/",
    "/ecf",
    "/ecf/api/v3/",
    "/ecf/api/v3/participants/some-id/withdraw",
    "/ecf/api/v3/statements",
    "/npq",
    "/npq/api/v3/npq-applications/some-id/accept",
    "/npq/api/v3/participants/npq",
  ])("accepts %s, which some API route begins", async (path) => {
    const { client } = testSandbox();
    const response = await client.post("/__sandbox/faults", { body: { status: 503, path } });
    expect(response.status).toBe(201);
  });
});

describe("injectFault in-process", () => {
  it.each([
    [{ status: 42 }, "'#/status' must be an HTTP error status from 400 to 599."],
    [{ status: 503, count: 0 }, "'#/count' must be a whole number of at least 1."],
    [{ status: 503, path: "/api/v3/participants" }, "Did you mean /ecf/api/v3/participants?"],
  ])("refuses %j as POST /__sandbox/faults does", async (input, detail) => {
    const { sandbox: control } = createSandboxHandlers({ baseUrl: "http://sandbox.test" });
    const refused = await control.injectFault(input).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ControlApiError);
    expect(refused).toMatchObject({ name: "BadRequestError", status: 400, method: "POST", path: "/__sandbox/faults" });
    const { client } = testSandbox();
    const response = await client.post("/__sandbox/faults", { body: input });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].detail).toContain(detail);
    expect((refused as ControlApiError).errors).toEqual(response.body.errors);
    expect(await control.faults()).toEqual([]);
  });

  it("refuses through createSandbox(...).control too", async () => {
    const { sandbox } = testSandbox();
    await expect(sandbox.control.injectFault({ status: 42 })).rejects.toThrow("'#/status'");
  });
});
