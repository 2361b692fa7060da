/**
 * The repository's own text: every file git tracks that people write and read, so citations in code, tests, notes
 * and the spec are all checked. Generated files repeat the spec's text and change log entries are history.
 */
import { execFileSync } from "node:child_process";

const TEXT_FILE = /\.(ts|tsx|md|yaml|json)$/;
const NOT_CHECKED = [
  /(^|\/)generated\//,
  /\.gen\.ts$/,
  /(^|\/)CHANGELOG\.md$/,
  /^pnpm-lock\.yaml$/,
  // The checker itself, whose tests hold bad citations on purpose.
  /^docs\/test\//,
];

export function trackedTextFiles(repoRoot: string): string[] {
  return execFileSync("git", ["ls-files", "-z"], { cwd: repoRoot, encoding: "utf8" })
    .split("\0")
    .filter((file) => TEXT_FILE.test(file) && !NOT_CHECKED.some((pattern) => pattern.test(file)));
}
