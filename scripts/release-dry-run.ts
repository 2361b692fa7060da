/**
 * `pnpm release:dry-run`: everything a release does but publishing, without touching the working tree.
 *
 * The working tree (tracked and untracked files, as git sees them: uncommitted changes included, ignored files not)
 * is copied to a temporary folder, where the locked dependencies are installed from pnpm's store, `changeset
 * version` applies the pending changesets (versions and changelogs), the public packages are built and `pnpm pack`ed
 * (so `publishConfig` applies and `workspace:` ranges become the new versions, as on publishing). The tarballs land
 * in `.lpkit/release/` with `release.json` (name, version and file of each); the copy is removed. Nothing is
 * published and no credentials are needed. The packaging test (examples/packaging) installs these tarballs.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
export const RELEASE_FOLDER = join(root, ".lpkit", "release");
export const RELEASE_MANIFEST = join(RELEASE_FOLDER, "release.json");

export interface ReleasedPackage {
  readonly name: string;
  readonly version: string;
  /** The tarball's file name in the release folder. */
  readonly file: string;
}

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

function step(message: string): void {
  console.error(`release:dry-run: ${message}`);
}

/** The files git would commit from the working tree, copied into `target`. */
function copyWorkingTree(target: string): void {
  const files = run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], root)
    .split("\0")
    .filter((file) => file !== "");
  for (const file of files) {
    try {
      mkdirSync(dirname(join(target, file)), { recursive: true });
      cpSync(join(root, file), join(target, file), { verbatimSymlinks: true });
    } catch (error) {
      // A file deleted but not yet staged is listed by git and absent from the tree: it is not part of the release.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        throw error;
      }
    }
  }
}

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
}

function publicPackages(workspace: string): { folder: string; manifest: Manifest }[] {
  return readdirSync(join(workspace, "packages"))
    .map((name) => join(workspace, "packages", name))
    .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as Manifest }))
    .filter(({ manifest }) => manifest.private !== true);
}

function releaseDryRun(): ReleasedPackage[] {
  const work = mkdtempSync(join(tmpdir(), "lpkit-release-"));
  try {
    step(`copying the working tree to ${work}`);
    copyWorkingTree(work);
    step("installing the locked dependencies");
    run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline", "--reporter=silent"], work);
    step("applying the pending changesets (changeset version)");
    run("pnpm", ["exec", "changeset", "version"], work);
    step("building the packages");
    run("pnpm", ["-r", "--filter", "./packages/*", "run", "build"], work);

    rmSync(RELEASE_FOLDER, { recursive: true, force: true });
    mkdirSync(RELEASE_FOLDER, { recursive: true });
    const released: ReleasedPackage[] = [];
    for (const { folder, manifest } of publicPackages(work)) {
      step(`packing ${manifest.name}@${manifest.version}`);
      const tarball = run("pnpm", ["pack", "--pack-destination", RELEASE_FOLDER], folder).trim().split("\n").at(-1);
      released.push({ name: manifest.name, version: manifest.version, file: tarball?.split("/").at(-1) ?? "" });
    }
    writeFileSync(RELEASE_MANIFEST, `${JSON.stringify(released, null, 2)}\n`);
    return released;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The release folder's manifest, written by the last dry run, or undefined when there was none. */
export function readReleaseManifest(): ReleasedPackage[] | undefined {
  try {
    return JSON.parse(readFileSync(RELEASE_MANIFEST, "utf8")) as ReleasedPackage[];
  } catch {
    return undefined;
  }
}

if (import.meta.main) {
  const released = releaseDryRun();
  console.log(`Packed into ${RELEASE_FOLDER} (not published):`);
  for (const { name, version, file } of released) {
    console.log(`  ${`${name}@${version}`.padEnd(28)} ${file}`);
  }
}
