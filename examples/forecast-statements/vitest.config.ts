import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-forecast-statements",
    // The oracle test builds several seeded worlds and breaks down every statement of each over HTTP.
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
