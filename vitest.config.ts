import { defineConfig } from "vitest/config";

// One run for the whole workspace; each package is its own project with its own config.
export default defineConfig({
  test: {
    projects: ["spec", "docs", "packages/*", "examples/*"],
  },
});
