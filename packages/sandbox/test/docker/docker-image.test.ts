/**
 * The Docker image, built from the repository's Dockerfile and run as its README says: it becomes healthy by its own
 * HEALTHCHECK, answers the ECF API through the published port with a seeded token, refuses a Host it was not given,
 * and does not run as root. Building needs a Docker engine: where `docker info` fails, the tests are skipped and
 * their name says why. dockerfile.test.ts checks what can be checked without one, on every run.
 */
import { execFile, execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPOSITORY_ROOT } from "../helpers/dockerfile.ts";
import { AMBITION, API } from "../helpers/ecf.ts";
import { SpecClient } from "../helpers/spec-client.ts";

/** Why Docker cannot be used here, or undefined when it can. */
function dockerUnavailable(): string | undefined {
  try {
    execFileSync("docker", ["info"], { stdio: ["ignore", "pipe", "pipe"], timeout: 20_000 });
    return undefined;
  } catch (error) {
    const { stderr, code } = error as { stderr?: Buffer; code?: string };
    const detail =
      String(stderr ?? "")
        .trim()
        .split("\n")
        .at(-1) ||
      code ||
      "it failed";
    return `\`docker info\` failed: ${detail}`;
  }
}

function docker(args: readonly string[], timeout = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("docker", args, { timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null) {
        reject(new Error(`docker ${args.join(" ")} failed:\n${stderr.slice(-4000)}`));
        return;
      }
      resolve(stdout.trim());
    });
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) {
      return value;
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The status of a request sent with another `Host` (which `fetch` does not let one set). */
function statusForHost(url: string, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.once("error", reject);
    request.end();
  });
}

const unavailable = dockerUnavailable();
const title = unavailable === undefined ? "the Docker image" : `the Docker image (skipped: ${unavailable})`;
if (unavailable !== undefined) {
  // Skipped tests are only counted in the run's summary: say once in the log why these did not run.
  process.stderr.write(`Docker image tests skipped: ${unavailable}\n`);
}

describe.skipIf(unavailable !== undefined)(title, () => {
  const image = `lpkit-sandbox-test:${randomUUID().slice(0, 8)}`;
  let container: string | undefined;
  let origin: string;

  beforeAll(async () => {
    await docker(["build", "--tag", image, REPOSITORY_ROOT], 15 * 60_000);
    container = await docker([
      "run",
      "--detach",
      "--publish",
      "127.0.0.1::4010",
      image,
      "--now",
      "2025-10-01T09:30:00Z",
    ]);
    const published = await docker(["port", container, "4010/tcp"]);
    origin = `http://${published.split("\n")[0]}`;
  }, 16 * 60_000);

  afterAll(async () => {
    if (container !== undefined) {
      await docker(["rm", "--force", container]).catch(() => undefined);
    }
    await docker(["rmi", "--force", image]).catch(() => undefined);
  }, 60_000);

  it("becomes healthy by its own health check, and runs as a user that is not root", async () => {
    const status = await until(
      "the container's health check",
      async () => {
        const health = await docker(["inspect", "--format", "{{.State.Health.Status}}", container ?? ""]);
        return health === "healthy" ? health : undefined;
      },
      90_000,
    );
    expect(status).toBe("healthy");
    expect(await docker(["exec", container ?? "", "id", "-u"])).not.toBe("0");
  }, 120_000);

  it("answers the ECF API through the published port, and refuses a Host it was not given", async () => {
    const client = new SpecClient((request) => fetch(request), origin);
    await until(
      "the sandbox's health",
      async () => ((await fetch(`${origin}/__sandbox/health`)).ok ? true : undefined),
      60_000,
    );
    const participants = await client.get(`${API}/participants`, { token: AMBITION });
    expect(participants.status).toBe(200);
    expect(participants.body.data.length).toBeGreaterThan(0);
    expect(await statusForHost(`${origin}/__sandbox/world`, "rebound.example")).toBe(403);
  }, 90_000);
});
