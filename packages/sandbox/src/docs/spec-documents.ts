import { parse } from "yaml";
import { EMBEDDED_FILE_KEYS, readEmbeddedText } from "../platform/embedded-files.ts";

/** The OpenAPI documents the sandbox implements and serves at `/docs`. */
export const SPEC_DOCUMENTS = {
  "ecf-v3": { file: "ecf-v3.yaml", title: "ECF (ECTs and mentors) Lead Provider API v3", mount: "/ecf" },
  "npq-v3": { file: "npq-v3.yaml", title: "NPQ Lead Provider API v3", mount: "/npq" },
  "sandbox-v1": { file: "sandbox-v1.yaml", title: "Sandbox control API", mount: "" },
} as const;

export type SpecName = keyof typeof SPEC_DOCUMENTS;

export function isSpecName(name: string): name is SpecName {
  return Object.hasOwn(SPEC_DOCUMENTS, name);
}

/**
 * Where the YAML lives: next to the build output when installed from npm (the build copies `spec/` into
 * `dist/spec/`), or the repository's `spec/` folder when running from the workspace sources. The single executable
 * carries it inside (platform/embedded-files.ts).
 */
const CANDIDATE_FOLDERS = ["../spec/", "../../../../spec/"];

/** Reads the documents from disk. Node only, loaded lazily so that the app itself stays runtime-neutral. */
export async function readSpecDocument(name: SpecName): Promise<Record<string, unknown> | undefined> {
  return readSpecFile(SPEC_DOCUMENTS[name].file);
}

/** Reads one of {@link SPEC_DOCUMENTS} by file name (`ecf-v3.yaml`), as a `$ref` between them names it. */
export async function readSpecFile(file: string): Promise<Record<string, unknown> | undefined> {
  if (!Object.values(SPEC_DOCUMENTS).some((document) => document.file === file)) {
    return undefined;
  }
  const embedded = readEmbeddedText(EMBEDDED_FILE_KEYS.spec(file));
  if (embedded !== undefined) {
    return parse(embedded) as Record<string, unknown>;
  }
  const { readFile } = await import("node:fs/promises");
  for (const folder of CANDIDATE_FOLDERS) {
    try {
      const text = await readFile(new URL(`${folder}${file}`, import.meta.url), "utf8");
      return parse(text) as Record<string, unknown>;
    } catch {
      // Try the next location.
    }
  }
  return undefined;
}

/**
 * The document as served by this sandbox: `servers` points at the sandbox itself so that "Try it" in the docs UI
 * talks to the local service, not to DfE.
 */
export function servedDocument(
  document: Record<string, unknown>,
  name: SpecName,
  origin: string | undefined,
): Record<string, unknown> {
  const url = `${origin ?? ""}${SPEC_DOCUMENTS[name].mount}`;
  return {
    ...document,
    servers: [{ url: url === "" ? "/" : url, description: "This sandbox" }],
  };
}
