// Rewrites the state machine tables in the engine README from the machines themselves:
// `pnpm --filter @lpkit/engine docs:machines`. A test (src/machines/readme-section.test.ts) fails until it has run.
import { readFileSync, writeFileSync } from "node:fs";
import { machinesReadmeSection, withMachinesSection } from "../src/machines/readme-section.ts";

const readmePath = new URL("../README.md", import.meta.url);
const readme = readFileSync(readmePath, "utf8");
const updated = withMachinesSection(readme, machinesReadmeSection());
if (updated === undefined) {
  process.stderr.write("README.md has no <!-- state-machines:start --> ... <!-- state-machines:end --> section\n");
  process.exitCode = 1;
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
}
