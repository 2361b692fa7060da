import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-ci-contract-test",
    // Each test starts the sandbox CLI in a process of its own and waits for it.
    testTimeout: 60_000,
  },
});
