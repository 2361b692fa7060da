import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { minVersion, satisfies } from "semver";

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly engines?: { readonly node?: string };
  readonly dependencies?: Record<string, string>;
}

function readManifest(folder: string): Manifest {
  return JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as Manifest;
}

/** Where Node would find `name` from `folder`: its own node_modules, then each parent's (npm's layout). */
function resolvePackage(folder: string, name: string, root: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    const candidate = join(current, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) {
      return candidate;
    }
    if (current === root || current === dirname(current)) {
      return undefined;
    }
  }
}

/**
 * The installed runtime dependencies (at any depth) of the package in `folder` whose `engines.node` refuses the
 * oldest Node the package's own `engines.node` allows, as `name@version needs <range>` lines. `root` is the project.
 */
export function dependenciesRefusingOldestNode(folder: string, root: string): string[] {
  const own = readManifest(folder).engines?.node;
  const oldest = own === undefined ? null : minVersion(own);
  if (oldest === null) {
    throw new Error(`${folder} declares no engines.node`);
  }
  const refusing: string[] = [];
  const seen = new Set<string>();
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    for (const name of Object.keys(readManifest(current).dependencies ?? {})) {
      const dependency = resolvePackage(current, name, root);
      if (dependency === undefined || seen.has(dependency)) {
        continue;
      }
      seen.add(dependency);
      const manifest = readManifest(dependency);
      const range = manifest.engines?.node;
      if (range !== undefined && !satisfies(oldest, range)) {
        refusing.push(`${manifest.name}@${manifest.version} needs ${range}`);
      }
      pending.push(dependency);
    }
  }
  return refusing;
}
