/**
 * Builds `lpkit-sandbox` as one executable file with Node's single executable applications (SEA), for machines
 * without Node (docs/decisions/sandbox-single-executable.md):
 *
 *   pnpm --filter @lpkit/sandbox build:executable [--out <folder>]
 *
 * 1. rolldown bundles src/cli.ts and every dependency into one CommonJS file (Node 24's SEA runs a CommonJS script);
 * 2. Node writes the preparation blob: that script, its V8 code cache, and the files the sandbox reads at run time
 *    as assets (src/platform/embedded-files.ts names them);
 * 3. postject injects the blob into a copy of the Node binary running this script.
 *
 * It builds for the platform and architecture it runs on (the copied binary is this Node): run it on macOS for a
 * macOS executable (signed ad hoc with `codesign`), on Windows for `lpkit-sandbox.exe` (unsigned), on arm64 for arm64.
 * The output goes to packages/sandbox/dist-executable/ (git-ignored), or to `--out`.
 */
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { rolldown } from "rolldown";
import { SPEC_DOCUMENTS } from "../src/docs/spec-documents.ts";
import { SWAGGER_UI_ASSETS } from "../src/docs/swagger-ui-assets.ts";
import {
  GOVUK_FRONTEND_ASSETS,
  GOVUK_FRONTEND_DIST,
  GOVUK_FRONTEND_PACKAGE,
} from "../src/finance/govuk-frontend-assets.ts";
import { EMBEDDED_FILE_KEYS } from "../src/platform/embedded-files.ts";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
const REPOSITORY_SPEC_DIR = fileURLToPath(new URL("../../../spec/", import.meta.url));

/** Where `pnpm build:executable` puts the executable unless told otherwise. */
export const DEFAULT_OUTPUT_DIR = join(PACKAGE_DIR, "dist-executable");

/** The string Node's binary carries to say whether a blob was injected (`:0` not yet, `:1` injected). */
const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

export interface BuiltExecutable {
  readonly path: string;
  readonly bytes: number;
  readonly milliseconds: number;
}

export function executableName(platform: NodeJS.Platform = process.platform): string {
  return platform === "win32" ? "lpkit-sandbox.exe" : "lpkit-sandbox";
}

/**
 * Each file the sandbox reads at run time, by its asset key, and where it is now. Swagger UI's and GOV.UK Frontend's
 * files come from their installed packages, as the sandbox serves them from disk (src/docs/swagger-ui-assets.ts,
 * src/finance/govuk-frontend-assets.ts).
 */
export function embeddedFiles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const swaggerUiDir = dirname(require.resolve("swagger-ui-dist/package.json"));
  const govukFrontendDir = join(dirname(require.resolve(GOVUK_FRONTEND_PACKAGE)), GOVUK_FRONTEND_DIST);
  return Object.fromEntries([
    [EMBEDDED_FILE_KEYS.packageJson, join(PACKAGE_DIR, "package.json")],
    ...Object.values(SPEC_DOCUMENTS).map(({ file }) => [
      EMBEDDED_FILE_KEYS.spec(file),
      join(REPOSITORY_SPEC_DIR, file),
    ]),
    ...Object.keys(SWAGGER_UI_ASSETS).map((file) => [EMBEDDED_FILE_KEYS.swaggerUi(file), join(swaggerUiDir, file)]),
    ...Object.keys(GOVUK_FRONTEND_ASSETS).map((file) => [
      EMBEDDED_FILE_KEYS.govukFrontend(file),
      join(govukFrontendDir, file),
    ]),
  ]);
}

/** src/cli.ts and all it imports (hono, @hono/node-server, faker, yaml, the engine) as one CommonJS file. */
export async function bundleCli(outputFile: string): Promise<void> {
  const bundle = await rolldown({
    input: join(PACKAGE_DIR, "src/cli.ts"),
    cwd: PACKAGE_DIR,
    // Node's built-ins stay `require("node:...")`; everything else is bundled.
    platform: "node",
    logLevel: "warn",
  });
  try {
    await bundle.write({ file: outputFile, format: "cjs", codeSplitting: false });
  } finally {
    await bundle.close();
  }
}

/** Refuses a `node` that cannot become a single executable, before any work is done. */
async function checkNodeBinary(node: string): Promise<void> {
  const major = Number(process.versions.node.split(".")[0]);
  if (major < 24) {
    throw new Error(
      `the executable is built with Node 24 or later (source scripts/toolchain.sh); this is ${process.version}`,
    );
  }
  const binary = await readFile(node);
  if (!binary.includes(`${SEA_FUSE}:0`)) {
    throw new Error(
      `${node} cannot become a single executable: it lacks Node's SEA fuse (a distribution's shared-library build, or already injected). Use an official Node binary (source scripts/toolchain.sh).`,
    );
  }
}

function run(command: string, args: readonly string[]): void {
  try {
    execFileSync(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(`${command} ${args.join(" ")} failed:\n${String(stdout ?? "")}${String(stderr ?? "")}`);
  }
}

/** Builds the executable into `outputDir` and answers where it is, how big, and how long it took. */
export async function buildExecutable(outputDir: string = DEFAULT_OUTPUT_DIR): Promise<BuiltExecutable> {
  const started = performance.now();
  const node = process.execPath;
  await checkNodeBinary(node);
  const work = await mkdtemp(join(tmpdir(), "lpkit-sea-"));
  try {
    const script = join(work, "lpkit-sandbox.cjs");
    const blob = join(work, "sea-prep.blob");
    const config = join(work, "sea-config.json");
    await bundleCli(script);
    await writeFile(
      config,
      JSON.stringify({
        main: script,
        output: blob,
        disableExperimentalSEAWarning: true,
        // Compiled ahead: the sandbox starts faster. The cache is only valid for this Node, which it is built into.
        useCodeCache: true,
        assets: embeddedFiles(),
      }),
    );
    run(node, ["--experimental-sea-config", config]);

    await mkdir(outputDir, { recursive: true });
    const executable = resolve(outputDir, executableName());
    await rm(executable, { force: true });
    await copyFile(node, executable);
    if (process.platform === "darwin") {
      run("codesign", ["--remove-signature", executable]);
    }
    const postject = createRequire(import.meta.url).resolve("postject/dist/cli.js");
    run(node, [
      postject,
      executable,
      "NODE_SEA_BLOB",
      blob,
      "--sentinel-fuse",
      SEA_FUSE,
      ...(process.platform === "darwin" ? ["--macho-segment-name", "NODE_SEA"] : []),
    ]);
    if (process.platform === "darwin") {
      // macOS refuses to run an unsigned binary on Apple silicon: an ad hoc signature is enough locally.
      run("codesign", ["--sign", "-", executable]);
    }
    const { size } = await stat(executable);
    return { path: executable, bytes: size, milliseconds: performance.now() - started };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  try {
    const built = await buildExecutable(values.out === undefined ? DEFAULT_OUTPUT_DIR : resolve(values.out));
    const megabytes = (built.bytes / 1024 / 1024).toFixed(1);
    const seconds = (built.milliseconds / 1000).toFixed(1);
    process.stdout.write(
      `Built ${built.path} (${process.platform}-${process.arch}, Node ${process.version}): ${megabytes} MiB in ${seconds} s\n`,
    );
  } catch (error) {
    process.stderr.write(`build-executable: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
