import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";

/**
 * A Node 20 on PATH besides the one running the tests, to hold `@lpkit/sdk`'s `engines` (>=20) to what it uses.
 * The machines the kit is developed and tested on ship one (the toolchain puts Node 24 before it); the npm package
 * `node@20` is not used because it runs an install script.
 */
export function findNode20(): string | undefined {
  for (const folder of (process.env.PATH ?? "").split(delimiter)) {
    const node = join(folder, "node");
    if (folder === "" || !existsSync(node)) {
      continue;
    }
    try {
      if (execFileSync(node, ["--version"], { encoding: "utf8" }).startsWith("v20.")) {
        return node;
      }
    } catch {
      // Not a runnable Node: try the next folder.
    }
  }
  return undefined;
}
