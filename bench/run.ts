// Runs every benchmark: each `bench/<name>.bench.ts` in its own Node process (so one benchmark's garbage and JIT
// state cannot skew the next), in name order. Each benchmark prints its own rows, as ratios against a baseline it
// measures in the same run; timings alone mean little across machines.
//
//   pnpm bench                 all benchmarks
//   pnpm bench statement       those whose file name contains "statement"
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const directory = import.meta.dirname;
const filters = process.argv.slice(2);
const benchmarks = readdirSync(directory)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

if (benchmarks.length === 0) {
  console.error(`No benchmark matches ${filters.join(", ")}`);
  process.exit(1);
}

const failed: string[] = [];
for (const file of benchmarks) {
  console.log(`\n# ${file.replace(/\.bench\.ts$/, "")}\n`);
  const result = spawnSync(process.execPath, ["--expose-gc", join(directory, file)], { stdio: "inherit" });
  if (result.status !== 0) {
    failed.push(file);
  }
}

if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(", ")}`);
  process.exit(1);
}
