import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { upstreamDocumentPath } from "../../upstream-documents.ts";

/** A parsed JSON or YAML object (an OpenAPI document, or any node inside one). */
export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const specDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const ecfSpecPath = path.join(specDir, "ecf-v3.yaml");
/** The sandbox's control API; it `$ref`s the ECF schemas of what it returns (`./ecf-v3.yaml#/components/...`). */
export const sandboxSpecPath = path.join(specDir, "sandbox-v1.yaml");
export const ecfAllowListPath = path.join(specDir, "upstream-differences.yaml");
/** The NPQ API; a document of its own, sharing nothing with `ecf-v3.yaml` by reference. */
export const npqSpecPath = path.join(specDir, "npq-v3.yaml");
export const npqAllowListPath = path.join(specDir, "npq-upstream-differences.yaml");

/** DfE's published documents, optional: where they are looked for, and why they may be absent, in upstream-documents.ts. */
export const ecfUpstreamPath = upstreamDocumentPath("ecf");
export const npqUpstreamPath = upstreamDocumentPath("npq");

/** Reads a YAML (or JSON) file whose top level is an object. `version` picks the YAML dialect (default 1.2). */
export function readYamlObject(file: string, version: "1.1" | "1.2" = "1.2"): JsonObject {
  const parsed: unknown = parse(readFileSync(file, "utf8"), { version });
  if (!isJsonObject(parsed)) {
    throw new Error(`${file} does not hold a YAML mapping at the top level`);
  }
  return parsed;
}

/** Follows a local JSON pointer reference such as `#/components/schemas/Participant`. */
export function resolveLocalRef(document: JsonObject, ref: string): unknown {
  if (!ref.startsWith("#")) {
    throw new Error(`Only local references are supported, got ${ref}`);
  }
  const parts = ref
    .slice(1)
    .split("/")
    .slice(1)
    .map((part) => decodeURIComponent(part).replaceAll("~1", "/").replaceAll("~0", "~"));
  let node: unknown = document;
  for (const part of parts) {
    if (!isJsonObject(node) && !Array.isArray(node)) {
      throw new Error(`Reference ${ref} does not resolve`);
    }
    node = (node as Record<string, unknown>)[part];
  }
  if (node === undefined) {
    throw new Error(`Reference ${ref} does not resolve`);
  }
  return node;
}

/** Follows `$ref` until reaching a node that is not a reference object. */
export function dereference(document: JsonObject, node: unknown): unknown {
  let current = node;
  const seen = new Set<string>();
  while (isJsonObject(current) && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) {
      throw new Error(`Reference cycle through ${current.$ref}`);
    }
    seen.add(current.$ref);
    current = resolveLocalRef(document, current.$ref);
  }
  return current;
}

/** Escapes one segment of a JSON pointer. */
export function pointerSegment(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Every string held under `key` anywhere in the document (for example every `description`). */
export function collectStrings(node: unknown, key: string, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) {
      collectStrings(item, key, found);
    }
  } else if (isJsonObject(node)) {
    for (const [name, value] of Object.entries(node)) {
      if (name === key && typeof value === "string") {
        found.push(value);
      } else {
        collectStrings(value, key, found);
      }
    }
  }
  return found;
}
