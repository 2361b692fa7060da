/**
 * The kit as a provider gets it. `pnpm release:dry-run` versions, builds and packs every public package into
 * `.lpkit/release/` exactly as a release would (so `publishConfig` applies and `workspace:` ranges become versions);
 * this test installs those tarballs into three fresh projects outside the workspace, with npm, pnpm and yarn, using
 * the commands the root README gives, and then runs plain `.mjs` files through every public entry point, compiles
 * `types.ts` against the installed declarations, starts the CLI with `npx`, checks that no installed package has an
 * install script and that every source map resolves. It needs the dry run's tarballs and the npm registry.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { copyFile, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findInstallScripts } from "../../../scripts/install-scripts.ts";
import {
  RELEASE_FOLDER,
  RELEASE_MANIFEST,
  type ReleasedPackage,
  readReleaseManifest,
} from "../../../scripts/release-dry-run.ts";
import { run, succeed } from "./support/commands.ts";
import { dependenciesRefusingOldestNode } from "./support/engines.ts";
import { findNode20 } from "./support/node-20.ts";
import { addPackages, type ManagerName } from "./support/package-managers.ts";
import { countSourceMaps, unresolvedSources } from "./support/source-maps.ts";

const repository = fileURLToPath(new URL("../../../", import.meta.url));
const consumer = fileURLToPath(new URL("../consumer/", import.meta.url));
const MANAGERS = ["npm", "pnpm", "yarn"] as const satisfies readonly ManagerName[];
const PUBLIC_PACKAGES = ["@lpkit/engine", "@lpkit/sandbox", "@lpkit/sdk"];

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

let released: readonly ReleasedPackage[] = [];
const projects = new Map<ManagerName, string>();

function tarball(name: string): ReleasedPackage {
  const found = released.find((entry) => entry.name === name);
  if (found === undefined) {
    throw new Error(`${name} is not in ${RELEASE_MANIFEST}`);
  }
  return found;
}

/** The release's tarballs, refused when a package's sources or the changesets changed after the dry run. */
async function freshRelease(): Promise<readonly ReleasedPackage[]> {
  const manifest = readReleaseManifest();
  if (manifest === undefined) {
    throw new Error(
      "No release to install: run `pnpm release:dry-run` first (`pnpm run check` runs it before the tests)",
    );
  }
  const packed = (await stat(RELEASE_MANIFEST)).mtimeMs;
  const inputs = ["packages/engine", "packages/sdk", "packages/sandbox", "spec", ".changeset"];
  for (const input of inputs) {
    for (const file of await readdir(join(repository, input), { recursive: true })) {
      if (/(^|\/)(node_modules|dist|test)(\/|$)/.test(file)) {
        continue;
      }
      if ((await stat(join(repository, input, file))).mtimeMs > packed) {
        throw new Error(`${input}/${file} changed after the last \`pnpm release:dry-run\`: run it again`);
      }
    }
  }
  return manifest;
}

/**
 * A fresh project with the three tarballs installed by `manager`, as the root README says: the tarballs copied in,
 * `resolutions` pointing the sandbox's `@lpkit/engine` at its tarball (for pnpm and yarn, which would otherwise ask
 * the registry for it; npm takes the one being installed), then one `add` of all three.
 */
async function installProject(manager: ManagerName): Promise<string> {
  const project = await mkdtemp(join(tmpdir(), `lpkit-packaging-${manager}-`));
  for (const { file } of released) {
    await copyFile(join(RELEASE_FOLDER, file), join(project, file));
  }
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({
      name: "lpkit-consumer",
      private: true,
      type: "module",
      resolutions: { "@lpkit/engine": `file:./${tarball("@lpkit/engine").file}` },
    }),
  );
  await addPackages(manager, project, [...released.map(({ file }) => `file:./${file}`), "msw@^3"]);
  for (const file of await readdir(consumer)) {
    await copyFile(join(consumer, file), join(project, file));
  }
  await writeFile(join(project, "tsconfig.json"), JSON.stringify(TSCONFIG));
  return project;
}

beforeAll(async () => {
  released = await freshRelease();
  // In parallel: most of the time goes to the registry, not to the two cores.
  const installed = await Promise.all(
    MANAGERS.map(async (manager) => [manager, await installProject(manager)] as const),
  );
  for (const [manager, project] of installed) {
    projects.set(manager, project);
  }
});

afterAll(async () => {
  for (const project of projects.values()) {
    await rm(project, { recursive: true, force: true });
  }
});

/** Runs a consumer file with Node in a project; it asserts, and prints one line when all went well. */
async function runConsumer(project: string, file: string, node = process.execPath): Promise<string> {
  const result = await run(node, [file], project);
  expect(result.code, `${file} failed:\n${result.stderr}${result.stdout}`).toBe(0);
  return result.stdout;
}

async function compileTypes(project: string): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const result = await run(process.execPath, [tsc, "-p", "tsconfig.json"], project);
  expect(result.stdout + result.stderr, "types.ts does not compile against the installed packages").toBe("");
  expect(result.code).toBe(0);
}

describe("the release dry run's tarballs", () => {
  it("are the three public packages, each containing its build, not its sources or tests", async () => {
    expect(released.map(({ name }) => name).toSorted()).toEqual(PUBLIC_PACKAGES);
    const listing = await succeed("tar", ["-tzf", join(RELEASE_FOLDER, tarball("@lpkit/sandbox").file)], repository);
    expect(listing).toContain("package/dist/msw/index.js");
    for (const spec of ["ecf-v3.yaml", "npq-v3.yaml", "sandbox-v1.yaml"]) {
      expect(listing).toContain(`package/dist/spec/${spec}`);
    }
    // Swagger UI's files, with its licence, instead of a dependency on swagger-ui-dist (sandbox-docs-ui.md).
    for (const file of [
      "swagger-ui-bundle.js",
      "swagger-ui-standalone-preset.js",
      "swagger-ui.css",
      "LICENSE",
      "NOTICE",
    ]) {
      expect(listing).toContain(`package/dist/swagger-ui/${file}`);
    }
    // GOV.UK Frontend's files for the finance dashboard, instead of a dependency on govuk-frontend (finance-dashboard.md).
    for (const file of ["govuk-frontend.min.css", "govuk-frontend.min.js", "assets/fonts/bold-b542beb274-v2.woff2"]) {
      expect(listing).toContain(`package/dist/govuk-frontend/${file}`);
    }
    expect(listing).not.toMatch(/package\/(src|test)\//);
  });
});

describe.each(MANAGERS)("the packages installed with %s", (manager) => {
  const project = () => projects.get(manager) ?? "";

  it("@lpkit/engine", async () => {
    expect(await runConsumer(project(), "engine.mjs")).toContain("@lpkit/engine: calculated a statement");
  });

  it("@lpkit/sdk", async () => {
    expect(await runConsumer(project(), "sdk.mjs")).toContain("@lpkit/sdk: made a call");
  });

  it("@lpkit/sandbox", async () => {
    expect(await runConsumer(project(), "sandbox.mjs")).toContain(
      "@lpkit/sandbox: served a page of participants and its spec",
    );
  });

  it("@lpkit/sandbox/msw, with MSW 3", async () => {
    expect(await runConsumer(project(), "sandbox-msw.mjs")).toMatch(/answered through MSW 3\./);
  });

  it.skipIf(manager === "yarn")("their type declarations (yarn's layout is npm's)", async () => {
    await compileTypes(project());
  });

  it("`npx @lpkit/sandbox` starts the sandbox on a free port until it is healthy", async () => {
    await expectHealthyCli(project(), ["@lpkit/sandbox", "--port", "0"]);
  });

  it("no installed package runs an install script", () => {
    expect(findInstallScripts(join(project(), "node_modules"))).toEqual([]);
  });

  it("every source map of the kit resolves to its sources", () => {
    for (const name of PUBLIC_PACKAGES) {
      const folder = join(project(), "node_modules", name);
      expect(countSourceMaps(folder), name).toBeGreaterThan(0);
      expect(unresolvedSources(folder), name).toEqual([]);
    }
  });
});

describe("the packages installed with npm, further", () => {
  const project = () => projects.get("npm") ?? "";

  it("`npx lpkit-sandbox`, the bin's own name, starts the sandbox too", async () => {
    await expectHealthyCli(project(), ["lpkit-sandbox", "--port", "0"]);
  });

  it.each(PUBLIC_PACKAGES)("%s's engines allow no Node that one of its dependencies refuses", (name) => {
    const folder = join(project(), "node_modules", name);
    expect(dependenciesRefusingOldestNode(folder, project())).toEqual([]);
  });

  // The machines the kit is tested on carry Node 20 beside the toolchain's Node 24; elsewhere there is none to try.
  const node20 = findNode20();
  it.skipIf(node20 === undefined)("@lpkit/sdk runs on Node 20, the oldest its engines allow", async () => {
    expect(await runConsumer(project(), "sdk.mjs", node20)).toContain("@lpkit/sdk: made a call");
  });

  it("@lpkit/sandbox/msw with MSW 2, the other supported major", async () => {
    await succeed("npm", ["install", "--no-audit", "--no-fund", "msw@^2"], project());
    expect(await runConsumer(project(), "sandbox-msw.mjs")).toMatch(/answered through MSW 2\./);
    await compileTypes(project());
  });
});

/** Starts the CLI with `npx <args>` in the project, waits for its banner's URL and checks it is healthy. */
async function expectHealthyCli(project: string, args: readonly string[]): Promise<void> {
  // Its own process group, so that stopping it stops npx and the sandbox under it.
  const cli = spawn("npx", args, { cwd: project, detached: true });
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
}

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
