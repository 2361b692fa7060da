import { describe, expect, it } from "vitest";
import { FaultInjector, faultResponse } from "../../src/http/faults.ts";
import { NOT_FOUND_TITLE, NOTHING_FOUND, UNAUTHORISED_BODY } from "../../src/http/messages.ts";

describe("FaultInjector", () => {
  it("fires the first matching fault as many times as asked, then disarms it", () => {
    const faults = new FaultInjector(() => []);
    faults.add({ status: 503, count: 2, path: "/ecf/api/v3/participants" });
    expect(faults.take("GET", "/ecf/api/v3/statements")).toBeUndefined();
    expect(faults.take("GET", "/ecf/api/v3/participantsx")).toBeUndefined();
    expect(faults.take("GET", "/ecf/api/v3/participants")?.status).toBe(503);
    expect(faults.take("PUT", "/ecf/api/v3/participants/1/withdraw")?.status).toBe(503);
    expect(faults.take("GET", "/ecf/api/v3/participants")).toBeUndefined();
    expect(faults.list()).toEqual([]);
  });

  it("matches the method when one is given", () => {
    const faults = new FaultInjector(() => []);
    faults.add({ status: 500, count: 1, method: "post" });
    expect(faults.take("GET", "/ecf/api/v3/participant-declarations")).toBeUndefined();
    expect(faults.take("POST", "/ecf/api/v3/participant-declarations")?.status).toBe(500);
  });

  it("fires once when no count is given, as the control API does", () => {
    const faults = new FaultInjector(() => []);
    faults.add({ status: 502 });
    expect(faults.take("GET", "/ecf/api/v3/participants")?.status).toBe(502);
    expect(faults.take("GET", "/ecf/api/v3/participants")).toBeUndefined();
  });
});

describe("faultResponse", () => {
  it("answers the service's own bodies where it defines them", async () => {
    expect(await faultResponse(401).json()).toEqual(UNAUTHORISED_BODY);
    expect(await faultResponse(404).json()).toEqual({
      errors: [{ title: NOT_FOUND_TITLE, detail: NOTHING_FOUND }],
    });
  });

  it("answers its error format otherwise, with Retry-After where a retry makes sense", async () => {
    const response = faultResponse(503);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("retry-after")).toBe("1");
    expect(await response.json()).toEqual({
      errors: [
        {
          title: "Service unavailable",
          detail: "This failure was injected through the sandbox control API (POST /__sandbox/faults).",
        },
      ],
    });
  });
});
