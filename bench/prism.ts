// Prism (@stoplight/prism-cli), the schema mock the HTTP benchmarks compare the sandbox with: it answers any request
// its OpenAPI document allows with the document's example, checking no rule. Each runs as a child process on a free
// loopback port, on one document: ours (spec/) or DfE's published one (docs/decisions/bench-prism-baseline.md).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { UPSTREAM_DIR_VARIABLE, type UpstreamApi, upstreamDocumentPath } from "../spec/upstream-documents.ts";
import type { Server } from "./served-apps.ts";

/** A document to mock, and how the rows name it. */
export interface PrismDocument {
  /** "ours" or "DfE's". */
  label: string;
  path: string;
}

export interface PrismServer extends Server {
  label: string;
}

const repoRoot = resolve(import.meta.dirname, "..");
/** How long Prism may take to read a document and listen, on a loaded machine. */
const START_TIMEOUT_MS = 120_000;
const POLL_INTERVAL_MS = 250;
/** The end of Prism's output kept for the error when it stops before answering. */
const OUTPUT_KEPT = 4_000;

/**
 * Our document (in `spec/`) and DfE's, when it is at hand: spec/upstream-documents.ts says where DfE's published
 * documents are looked for (the spec's upstream comparison reads the same). Without DfE's document its rows are left
 * out and a note says where it was looked for.
 */
export function prismDocuments(ours: string, dfe: UpstreamApi): { documents: PrismDocument[]; notes: string[] } {
  const documents: PrismDocument[] = [{ label: "ours", path: join(repoRoot, "spec", ours) }];
  const upstream = upstreamDocumentPath(dfe);
  if (existsSync(upstream)) {
    documents.push({ label: "DfE's", path: upstream });
    return { documents, notes: [] };
  }
  return {
    documents,
    notes: [
      `Prism (DfE's): not run, DfE's document is not at ${upstream} (it is kept beside the repository, not in ` +
        `it; ${UPSTREAM_DIR_VARIABLE} names its folder).`,
    ],
  };
}

function prismVersionAndBin(): { version: string; bin: string } {
  const manifestPath = createRequire(import.meta.url).resolve("@stoplight/prism-cli/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { version: string; bin: { prism: string } };
  return { version: manifest.version, bin: join(dirname(manifestPath), manifest.bin.prism) };
}

const prism = prismVersionAndBin();
export const PRISM_VERSION = prism.version;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Resolves once the server answers anything (Prism answers 404 to a path its document lacks), or fails. */
async function answering(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Prism stopped before answering (exit ${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      await (await fetch(origin)).arrayBuffer();
      return;
    } catch {
      await new Promise((wake) => setTimeout(wake, POLL_INTERVAL_MS));
    }
  }
  throw new Error(`Prism did not answer on ${origin} within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/**
 * Starts Prism's mock server on `document` and waits until it answers. Logging is off: Prism logs every request, which
 * about halves its rate, and the baseline should be Prism at its fastest. Everything else is Prism's default (static
 * examples, request validation, security checked, CORS headers, one process).
 */
async function startPrism(document: PrismDocument): Promise<PrismServer> {
  const port = await freePort();
  const args = [prism.bin, "mock", document.path, "--host", "127.0.0.1", "--port", String(port)];
  const child = spawn(process.execPath, [...args, "--verboseLevel", "silent"], { stdio: ["ignore", "pipe", "pipe"] });
  // If the benchmark dies before its `finally`, Prism (which has no IPC channel to notice) must not outlive it.
  const killOnExit = () => child.kill();
  process.once("exit", killOnExit);
  child.once("exit", () => process.off("exit", killOnExit));
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const origin = `http://127.0.0.1:${port}`;
  try {
    await answering(origin, child, () => output);
  } catch (error) {
    child.kill();
    throw error;
  }
  return { origin, child, label: document.label };
}

/** Starts one Prism per document, side by side; if one fails, stops the others, so the benchmark ends with the error. */
export async function startPrisms(documents: readonly PrismDocument[]): Promise<PrismServer[]> {
  const started = await Promise.allSettled(documents.map(startPrism));
  const servers = started.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  const failure = started.find((outcome) => outcome.status === "rejected");
  if (failure !== undefined) {
    stopPrisms(servers);
    throw failure.reason;
  }
  return servers;
}

export function stopPrisms(servers: readonly Server[]): void {
  for (const { child } of servers) {
    child.kill();
  }
}
