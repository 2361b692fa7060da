/**
 * Finds the installed packages that would run code when installed: a `preinstall`, `install` or `postinstall`
 * script, or a `binding.gyp` (npm then runs `node-gyp rebuild` on its own). None of our dependencies may have one
 * (docs/decisions/workspace-install-scripts.md); `docs/test/install-scripts.test.ts` checks the workspace and the
 * packaging test checks the projects npm, pnpm and yarn install from our tarballs.
 *
 *   node scripts/install-scripts.ts [node_modules folder]   prints them, and exits 1 if there is any
 *
 * Works on every layout: npm's and yarn's nested `node_modules`, and pnpm's `node_modules/.pnpm/<id>/node_modules`
 * (symbolic links are not followed; every package has a real folder somewhere under `.pnpm`).
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export interface InstallScript {
  readonly name: string;
  readonly version: string;
  /** `postinstall: node ./report.js`, or `binding.gyp` for an implicit `node-gyp rebuild`. */
  readonly runs: readonly string[];
}

const LIFECYCLE = ["preinstall", "install", "postinstall"] as const;

function isRealFolder(path: string): boolean {
  return lstatSync(path).isDirectory();
}

/** The package folders directly in a `node_modules` folder, scoped ones included. */
function packageFolders(nodeModules: string): string[] {
  const folders: string[] = [];
  for (const entry of readdirSync(nodeModules)) {
    const path = join(nodeModules, entry);
    if (entry.startsWith(".") || !isRealFolder(path)) {
      continue;
    }
    if (entry.startsWith("@")) {
      folders.push(
        ...readdirSync(path)
          .map((name) => join(path, name))
          .filter(isRealFolder),
      );
    } else {
      folders.push(path);
    }
  }
  return folders;
}

function installScriptsOf(folder: string): InstallScript | undefined {
  const manifestPath = join(folder, "package.json");
  if (!existsSync(manifestPath)) {
    return undefined;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    name?: string;
    version?: string;
    scripts?: Record<string, string>;
  };
  const runs = LIFECYCLE.filter((stage) => manifest.scripts?.[stage] !== undefined).map(
    (stage) => `${stage}: ${manifest.scripts?.[stage]}`,
  );
  if (manifest.scripts?.install === undefined && existsSync(join(folder, "binding.gyp"))) {
    runs.push("binding.gyp");
  }
  return runs.length === 0 ? undefined : { name: manifest.name ?? folder, version: manifest.version ?? "", runs };
}

/** Every package under `nodeModules` (at any depth) that has an install script, sorted by name and version. */
export function findInstallScripts(nodeModules: string): InstallScript[] {
  const found = new Map<string, InstallScript>();
  const pending = [resolve(nodeModules)];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    const store = join(current, ".pnpm");
    if (existsSync(store)) {
      for (const entry of readdirSync(store)) {
        const inner = join(store, entry, "node_modules");
        if (existsSync(inner)) {
          pending.push(inner);
        }
      }
    }
    for (const folder of packageFolders(current)) {
      const scripts = installScriptsOf(folder);
      if (scripts !== undefined) {
        found.set(`${scripts.name}@${scripts.version}`, scripts);
      }
      const nested = join(folder, "node_modules");
      if (existsSync(nested) && isRealFolder(nested)) {
        pending.push(nested);
      }
    }
  }
  return [...found.values()].sort((a, b) => `${a.name}@${a.version}`.localeCompare(`${b.name}@${b.version}`));
}

if (import.meta.main) {
  const found = findInstallScripts(process.argv[2] ?? "node_modules");
  for (const { name, version, runs } of found) {
    console.log(`${name}@${version}: ${runs.join("; ")}`);
  }
  process.exitCode = found.length === 0 ? 0 : 1;
}
