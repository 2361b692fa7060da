/**
 * What can be checked of the Dockerfile without Docker, on every run: it builds with the toolchain's Node and pnpm
 * from files the build context keeps, runs the CLI with options the CLI accepts (every interface, Host check on, the
 * exposed port) as a user that is not root, and its health check tells a healthy sandbox from none. The image itself
 * is built and run by docker-image.test.ts where Docker is available.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { basename } from "node:path";
import { serve } from "@hono/node-server";
import { describe, expect, it } from "vitest";
import { executableName } from "../../scripts/build-executable.ts";
import { cliAllowedHosts, isWildcardAddress } from "../../src/cli/network-options.ts";
import { parseCliOptions } from "../../src/cli/parse-options.ts";
import { createSandbox } from "../../src/index.ts";
import { dockerfileInstructions, execForm, instructionsOf, REPOSITORY_ROOT } from "../helpers/dockerfile.ts";

const instructions = dockerfileInstructions();
const only = (keyword: string) => {
  const found = instructionsOf(instructions, keyword);
  expect(found, keyword).toHaveLength(1);
  return (found[0] as { text: string }).text;
};

/** The `.dockerignore` patterns, as the forms it uses: `**\/<name>` anywhere, `<name>` at the root. */
function ignoredBy(path: string): string | undefined {
  const patterns = readFileSync(`${REPOSITORY_ROOT}.dockerignore`, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  const segments = path.split("/");
  const matches = (glob: string, segment: string) =>
    new RegExp(`^${glob.replaceAll(".", "\\.").replaceAll("*", "[^/]*")}$`).test(segment);
  return patterns.find((pattern) =>
    pattern.startsWith("**/")
      ? segments.some((segment) => matches(pattern.slice(3), segment))
      : matches(pattern, segments[0] ?? ""),
  );
}

function bash(args: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    execFile("bash", args, { timeout: 10_000 }, (error) => resolve(error === null ? 0 : Number(error.code ?? 1)));
  });
}

describe("the Dockerfile", () => {
  it("builds with the toolchain's Node major and package.json's pnpm", () => {
    const nodeMajor = readFileSync(`${REPOSITORY_ROOT}.nvmrc`, "utf8").trim();
    const [buildStage] = instructionsOf(instructions, "FROM");
    expect(buildStage?.text).toMatch(new RegExp(`^node:${nodeMajor}-\\S+ AS build$`));
    const { packageManager } = JSON.parse(readFileSync(`${REPOSITORY_ROOT}package.json`, "utf8"));
    expect(instructionsOf(instructions, "RUN").some(({ text }) => text.includes(` ${packageManager}`))).toBe(true);
  });

  it("builds the executable with the build script, from sources the build context keeps", () => {
    const runs = instructionsOf(instructions, "RUN").map(({ text }) => text);
    expect(runs).toContain('pnpm install --frozen-lockfile --filter "@lpkit/sandbox..."');
    expect(runs).toContain("cd packages/sandbox && node scripts/build-executable.ts --out /out");
    // A host's node_modules (built for another platform) and build output never enter the image.
    expect(ignoredBy("packages/sandbox/node_modules/hono/package.json")).toBe("**/node_modules");
    expect(ignoredBy("packages/sandbox/dist-executable/lpkit-sandbox")).toBe("**/dist-executable");
    // What the build reads: the workspace's manifests and lockfile, the sandbox, the engine and the spec.
    const needed = [
      "package.json",
      "pnpm-lock.yaml",
      "pnpm-workspace.yaml",
      "packages/sandbox/package.json",
      "packages/sandbox/scripts/build-executable.ts",
      "packages/sandbox/src/cli.ts",
      "packages/engine/package.json",
      "packages/engine/src/index.ts",
      "spec/ecf-v3.yaml",
      "spec/sandbox-v1.yaml",
    ];
    for (const file of needed) {
      expect(ignoredBy(file), file).toBeUndefined();
      expect(() => readFileSync(`${REPOSITORY_ROOT}${file}`), file).not.toThrow();
    }
  });

  it("copies the executable the build script writes", () => {
    const copies = instructionsOf(instructions, "COPY").filter(({ text }) => text.startsWith("--from=build "));
    expect(copies.map(({ text }) => text)).toEqual([
      `--from=build /out/${executableName("linux")} /usr/local/bin/lpkit-sandbox`,
    ]);
  });

  it("runs the CLI as a user that is not root, on every interface, with the Host check on, on the exposed port", () => {
    const user = only("USER");
    expect(["root", "0"]).not.toContain(user);
    expect(
      instructionsOf(instructions, "RUN").some(({ text }) => text.startsWith("useradd") && text.endsWith(` ${user}`)),
    ).toBe(true);
    const [command, ...args] = execForm(only("ENTRYPOINT"));
    expect(command).toBe(basename("/usr/local/bin/lpkit-sandbox"));
    const options = parseCliOptions(args);
    expect(isWildcardAddress(options.host)).toBe(true);
    expect(cliAllowedHosts(options.host, options.allowedHosts)).not.toBe("any");
    expect(only("EXPOSE")).toBe(String(options.port));
    // Options given to `docker run` are appended, and the CLI still accepts them.
    expect(
      parseCliOptions([...args, "--allowed-host", "sandbox", "--now", "2025-10-01T09:30:00Z"]).allowedHosts,
    ).toEqual(["localhost", "sandbox"]);
  });

  it("has a health check that passes against a sandbox and fails when none answers", async () => {
    const [shell, ...args] = execForm(only("HEALTHCHECK"));
    expect(shell).toBe("bash");
    const port = only("EXPOSE");
    const script = args.at(-1) ?? "";
    expect(script).toContain(`/dev/tcp/127.0.0.1/${port} `);
    expect(script).toContain("GET /__sandbox/health ");

    const server = serve({ fetch: createSandbox().fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    const { port: testPort } = server.address() as AddressInfo;
    const against = (target: number) => [...args.slice(0, -1), script.replace(`/${port} `, `/${target} `)];
    expect(await bash(against(testPort))).toBe(0);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await bash(against(testPort))).not.toBe(0);
  }, 30_000);
});
