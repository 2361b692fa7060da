/**
 * Where DfE's published OpenAPI documents are, for the two readers that use them when present: the spec's upstream
 * comparison (`test/upstream-comparison.test.ts`) and the benchmark's Prism rows (`bench/prism.ts`). They are
 * reference data kept outside the repository (docs/decisions/ecf-spec-upstream-comparison.md): a fresh clone has none,
 * and each reader then skips, saying where it looked.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Names the folder that holds DfE's documents; a git worktree's parent folder is not its clone's. */
export const UPSTREAM_DIR_VARIABLE = "LPKIT_UPSTREAM_DIR";

/** DfE's file names for its documents of the ECF and NPQ APIs. */
const UPSTREAM_DOCUMENTS = {
  ecf: "ecf-rect-v3.swagger.yaml",
  npq: "npq-v3.swagger.yaml",
} as const;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The folder `LPKIT_UPSTREAM_DIR` names (from the working directory), else `../shared/upstream` beside the clone. */
function upstreamDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const named = env[UPSTREAM_DIR_VARIABLE];
  return named === undefined || named === "" ? path.resolve(repoRoot, "../shared/upstream") : path.resolve(named);
}

/** The API whose DfE document is meant. */
export type UpstreamApi = keyof typeof UPSTREAM_DOCUMENTS;

/** Where DfE's document of `api` is looked for; it may be absent. */
export function upstreamDocumentPath(
  api: UpstreamApi,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  return path.join(upstreamDir(env), UPSTREAM_DOCUMENTS[api]);
}
