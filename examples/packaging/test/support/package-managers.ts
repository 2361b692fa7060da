/**
 * The three package managers a provider may install the kit with, each adding packages to a fresh project: npm (the
 * one beside Node), pnpm (the workspace's own, on PATH) and yarn classic, fetched once from the npm registry with
 * `npm pack` (so no install script runs: the `yarn` package has a `preinstall`) into the toolchain's cache.
 */
import { existsSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { succeed } from "./commands.ts";

export type ManagerName = "npm" | "pnpm" | "yarn";

const YARN_VERSION = "1.22.22";

const yarnFolder = join(
  process.env.LPKIT_TOOLCHAIN_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "lpkit-toolchain"),
  `yarn-${YARN_VERSION}`,
);

/** yarn's entry script, unpacked from its tarball on first use. */
async function yarnScript(): Promise<string> {
  const script = join(yarnFolder, "package", "bin", "yarn.js");
  if (!existsSync(script)) {
    mkdirSync(yarnFolder, { recursive: true });
    const tarball = (await succeed("npm", ["pack", `yarn@${YARN_VERSION}`, "--silent"], yarnFolder)).trim();
    await succeed("tar", ["-xzf", tarball], yarnFolder);
  }
  return script;
}

/** `<manager> add <specs>` in `project`, as a provider would type it. */
export async function addPackages(manager: ManagerName, project: string, specs: readonly string[]): Promise<void> {
  switch (manager) {
    case "npm":
      await succeed("npm", ["install", "--no-audit", "--no-fund", ...specs], project);
      return;
    case "pnpm":
      await succeed("pnpm", ["add", ...specs], project);
      return;
    case "yarn":
      // --no-deprecation: yarn 1 uses url.parse, which newer Node warns about on every run. A cache of the project's
      // own: yarn 1 remembers a local tarball by its path, and would install the previous dry run's build (every dry
      // run of one release has the same file names; the README tells yarn users to `yarn cache clean`).
      await succeed(
        process.execPath,
        [
          "--no-deprecation",
          await yarnScript(),
          "add",
          "--non-interactive",
          "--no-progress",
          "--cache-folder",
          join(project, ".yarn-cache"),
          ...specs,
        ],
        project,
      );
      return;
  }
}
