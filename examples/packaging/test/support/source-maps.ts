import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

interface SourceMap {
  readonly sources: readonly string[];
  readonly sourceRoot?: string;
  readonly sourcesContent?: readonly (string | null)[];
}

function mapFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".map"))
    .map((file) => join(folder, file));
}

/**
 * Every source named by a `.map` under `folder` that a debugger could not show: neither carried in the map's
 * `sourcesContent` nor present as a file where the map points. Lines read `<map>: <source>`.
 */
export function unresolvedSources(folder: string): string[] {
  const missing: string[] = [];
  for (const file of mapFiles(folder)) {
    const map = JSON.parse(readFileSync(file, "utf8")) as SourceMap;
    map.sources.forEach((source, index) => {
      const content = map.sourcesContent?.[index];
      const onDisk = resolve(dirname(file), map.sourceRoot ?? "", source);
      if ((content === undefined || content === null) && !existsSync(onDisk)) {
        missing.push(`${file.slice(folder.length + 1)}: ${source}`);
      }
    });
  }
  return missing;
}

/** How many `.map` files there are under `folder`. */
export function countSourceMaps(folder: string): number {
  return mapFiles(folder).length;
}
