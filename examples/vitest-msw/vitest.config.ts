import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-vitest-msw",
    // Starts MSW before the tests and resets the sandbox after each one.
    setupFiles: ["./vitest.setup.ts"],
    // The configuration the code under test reads, as in any other environment: the token of a seeded lead
    // provider (Ambition Institute). The base URL is left unset, so the code calls DfE's sandbox URL.
    env: { LEAD_PROVIDER_API_TOKEN: "ambition-institute" },
  },
});
