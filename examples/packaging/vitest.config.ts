import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-packaging",
    // Packing three packages and installing them (and their dependencies) from the registry takes a while.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
