/**
 * The bodies of `/docs/<name>.json`, made once. Reading the YAML, bundling the sibling components and serialising
 * cost tens of milliseconds for the ECF document, and the documents never change while the sandbox runs: each is
 * parsed and bundled on its first request, and its JSON bytes are kept for each origin it was asked through (the
 * origin goes into `servers`, see `servedDocument`).
 */
import { bundleSiblingReferences } from "./bundle-references.ts";
import { readSpecDocument, readSpecFile, type SpecName, servedDocument } from "./spec-documents.ts";

/**
 * Origins remembered per document. A sandbox is reached through one or two (localhost, 127.0.0.1, a container
 * name); the bound keeps a client sending a new `Host` on every request from growing the cache.
 */
const ORIGINS_KEPT = 8;

type Bundled = Record<string, unknown> | undefined;

export class ServedDocuments {
  readonly #bundled = new Map<SpecName, Promise<Bundled>>();
  readonly #bytes = new Map<SpecName, Map<string, Uint8Array<ArrayBuffer>>>();

  /** The document's JSON as served through `origin`, or undefined when the sandbox has no such file. */
  async bytes(name: SpecName, origin: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
    const byOrigin = this.#bytes.get(name) ?? new Map<string, Uint8Array<ArrayBuffer>>();
    this.#bytes.set(name, byOrigin);
    const cached = byOrigin.get(origin);
    if (cached !== undefined) {
      return cached;
    }
    const bundled = await this.#bundle(name);
    if (bundled === undefined) {
      return undefined;
    }
    const bytes = new TextEncoder().encode(JSON.stringify(servedDocument(bundled, name, origin)));
    if (byOrigin.size >= ORIGINS_KEPT) {
      const [oldest] = byOrigin.keys();
      byOrigin.delete(oldest as string);
    }
    byOrigin.set(origin, bytes);
    return bytes;
  }

  /** The parsed, self-contained document (no `$ref` into a sibling file), read on first use. */
  #bundle(name: SpecName): Promise<Bundled> {
    let bundled = this.#bundled.get(name);
    if (bundled === undefined) {
      bundled = readSpecDocument(name).then((document) =>
        document === undefined ? undefined : bundleSiblingReferences(document, readSpecFile),
      );
      // A read that failed is tried again on the next request rather than remembered.
      bundled.catch(() => this.#bundled.delete(name));
      this.#bundled.set(name, bundled);
    }
    return bundled;
  }
}
