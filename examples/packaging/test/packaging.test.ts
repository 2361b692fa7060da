/**
 * The kit as a provider gets it from npm. Each package is packed with `pnpm pack` (so `publishConfig` applies, as on
 * publishing), the tarballs are installed into a fresh project outside the workspace with npm, and plain `.mjs`
 * files run one call through every public entry point; `types.ts` is compiled against the installed declarations;
 * the CLI is started with `npx`. This catches broken `exports`, files missing from a tarball, and dependencies that
 * only resolve inside the workspace. It needs the packages built (`pnpm build`; `pnpm run check` builds first) and
 * the npm registry.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repository = fileURLToPath(new URL("../../../", import.meta.url));
const consumer = fileURLToPath(new URL("../consumer/", import.meta.url));
const PACKAGES = ["engine", "sdk", "sandbox"] as const;

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Result> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout, stderr });
    });
  });
}

async function succeed(command: string, args: readonly string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (exit ${result.code}) in ${cwd}:\n${result.stderr}\n${result.stdout}`,
    );
  }
  return result.stdout;
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2023",
    lib: ["ES2023", "DOM", "DOM.Iterable"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noEmit: true,
    // The published declarations are checked too, as a strict consumer would.
    skipLibCheck: false,
    types: [],
  },
  files: ["types.ts"],
};

let project = "";

beforeAll(async () => {
  for (const name of PACKAGES) {
    if (!existsSync(join(repository, "packages", name, "dist", "index.js"))) {
      throw new Error(
        `packages/${name}/dist is missing: build the packages first with \`pnpm build\` (\`pnpm run check\` builds before it tests)`,
      );
    }
  }
  project = await mkdtemp(join(tmpdir(), "lpkit-packaging-"));
  const tarballs: string[] = [];
  for (const name of PACKAGES) {
    const packed = await succeed("pnpm", ["pack", "--pack-destination", project], join(repository, "packages", name));
    tarballs.push(packed.trim().split("\n").at(-1) ?? "");
  }
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "lpkit-consumer", private: true, type: "module" }),
  );
  await succeed("npm", ["install", "--no-audit", "--no-fund", ...tarballs, "msw@^3"], project);
  for (const file of await readdir(consumer)) {
    await copyFile(join(consumer, file), join(project, file));
  }
  await writeFile(join(project, "tsconfig.json"), JSON.stringify(TSCONFIG));
});

afterAll(async () => {
  if (project !== "") {
    await rm(project, { recursive: true, force: true });
  }
});

/** Runs a consumer file with Node in the fresh project; it asserts, and prints one line when all went well. */
async function runConsumer(file: string): Promise<string> {
  const result = await run(process.execPath, [file], project);
  expect(result.code, `${file} failed:\n${result.stderr}${result.stdout}`).toBe(0);
  return result.stdout;
}

async function compileTypes(): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const result = await run(process.execPath, [tsc, "-p", "tsconfig.json"], project);
  expect(result.stdout + result.stderr, "types.ts does not compile against the installed packages").toBe("");
  expect(result.code).toBe(0);
}

describe("the packed packages, installed with npm", () => {
  it("contain their build, not their sources or tests", async () => {
    const listing = await succeed("tar", ["-tzf", join(project, "lpkit-sandbox-0.0.0.tgz")], project);
    expect(listing).toContain("package/dist/msw/index.js");
    expect(listing).toContain("package/dist/spec/ecf-v3.yaml");
    expect(listing).not.toMatch(/package\/(src|test)\//);
  });

  it("@lpkit/engine", async () => {
    expect(await runConsumer("engine.mjs")).toContain("@lpkit/engine: calculated a statement");
  });

  it("@lpkit/sdk", async () => {
    expect(await runConsumer("sdk.mjs")).toContain("@lpkit/sdk: made a call");
  });

  it("@lpkit/sandbox", async () => {
    expect(await runConsumer("sandbox.mjs")).toContain("@lpkit/sandbox: served a page of participants and its spec");
  });

  it("@lpkit/sandbox/msw, with MSW 3", async () => {
    expect(await runConsumer("sandbox-msw.mjs")).toMatch(/answered through MSW 3\./);
  });

  it("their type declarations", async () => {
    await compileTypes();
  });

  it("the lpkit-sandbox CLI, started with npx on a free port until it is healthy", async () => {
    // Its own process group, so that stopping it stops npx and the sandbox under it.
    const cli = spawn("npx", ["lpkit-sandbox", "--port", "0"], { cwd: project, detached: true });
    try {
      const origin = await listeningOrigin(cli);
      const health = await fetch(`${origin}/__sandbox/health`);
      expect(await health.json()).toEqual({ status: "ok" });
    } finally {
      if (cli.exitCode === null && cli.pid !== undefined) {
        const exited = once(cli, "exit");
        process.kill(-cli.pid, "SIGTERM");
        await exited;
      }
    }
  });

  it("@lpkit/sandbox/msw with MSW 2, the other supported major", async () => {
    await succeed("npm", ["install", "--no-audit", "--no-fund", "msw@^2"], project);
    expect(await runConsumer("sandbox-msw.mjs")).toMatch(/answered through MSW 2\./);
    await compileTypes();
  });
});

/** The origin the CLI's banner announces, once it listens. */
function listeningOrigin(cli: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`lpkit-sandbox printed no URL within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const origin = /(http:\/\/127\.0\.0\.1:\d+)\/__sandbox/.exec(output)?.[1];
      if (origin !== undefined) {
        clearTimeout(timer);
        resolve(origin);
      }
    };
    cli.stdout?.on("data", read);
    cli.stderr?.on("data", read);
    cli.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`lpkit-sandbox exited with ${code} before listening:\n${output}`));
    });
  });
}
