// Finds import cycles among the TypeScript modules under a source directory. Type-only imports count too: a circle
// of types still means two modules that cannot be understood (or moved) one without the other.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** `import ... from "./x.ts"`, `export ... from "./x.ts"`, `import "./x.ts"` and `import("./x.ts")`, relative only. */
const RELATIVE_SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;

function modulesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

function importsOf(file: string, known: ReadonlySet<string>): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(RELATIVE_SPECIFIER)]
    .map((match) => resolve(dirname(file), match[1] as string))
    .filter((target) => known.has(target));
}

/**
 * Every cycle found, each as the list of its modules (relative to `directory`) in import order. Found by a depth-first
 * walk that reports a cycle whenever an import leads back to a module still on the walk's path.
 */
export function importCycles(directory: string): string[][] {
  const root = resolve(directory);
  const files = modulesUnder(root).map((file) => resolve(file));
  const known = new Set(files);
  const graph = new Map(files.map((file) => [file, importsOf(file, known)]));
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const cycles: string[][] = [];

  function walk(file: string): void {
    path.push(file);
    onPath.add(file);
    for (const target of graph.get(file) ?? []) {
      if (onPath.has(target)) {
        cycles.push(path.slice(path.indexOf(target)).map((member) => relative(root, member)));
      } else if (!done.has(target)) {
        walk(target);
      }
    }
    path.pop();
    onPath.delete(file);
    done.add(file);
  }

  for (const file of files.sort()) {
    if (!done.has(file)) {
      walk(file);
    }
  }
  return cycles;
}
