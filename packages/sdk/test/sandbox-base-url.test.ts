import { describe, expect, it } from "vitest";
import { LPKIT_SANDBOX_BASE_URL, sandboxEcfBaseUrl, sandboxNpqBaseUrl } from "../src/index.ts";

describe("sandboxEcfBaseUrl", () => {
  it("appends the sandbox's /ecf mount to its base URL", () => {
    expect(sandboxEcfBaseUrl(LPKIT_SANDBOX_BASE_URL)).toBe("http://127.0.0.1:4010/ecf");
    expect(sandboxEcfBaseUrl("http://127.0.0.1:4010/")).toBe("http://127.0.0.1:4010/ecf");
    expect(sandboxEcfBaseUrl("https://ci.example/sandbox//")).toBe("https://ci.example/sandbox/ecf");
  });
});

describe("sandboxNpqBaseUrl", () => {
  it("appends the sandbox's /npq mount to its base URL", () => {
    expect(sandboxNpqBaseUrl(LPKIT_SANDBOX_BASE_URL)).toBe("http://127.0.0.1:4010/npq");
    expect(sandboxNpqBaseUrl("https://ci.example/sandbox//")).toBe("https://ci.example/sandbox/npq");
  });
});
