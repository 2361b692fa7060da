/**
 * The bodies of `/docs/<name>.json`, made once. Reading the YAML, bundling the sibling components and serialising
 * cost tens of milliseconds for the ECF document, and the documents never change while the sandbox runs: each is
 * parsed, bundled and serialised on its first request, and its JSON bytes are kept. Their `servers` name the origin
 * the sandbox was told it is served at (or a relative path), never the request's `Host`, so one copy serves everyone.
 */
import { bundleSiblingReferences } from "./bundle-references.ts";
import { readSpecDocument, readSpecFile, type SpecName, servedDocument } from "./spec-documents.ts";

type Served = Uint8Array<ArrayBuffer> | undefined;

export class ServedDocuments {
  readonly #origin: string | undefined;
  readonly #bytes = new Map<SpecName, Promise<Served>>();

  constructor(origin: string | undefined) {
    this.#origin = origin;
  }

  /** The document's JSON as served, or undefined when the sandbox has no such file. */
  bytes(name: SpecName): Promise<Served> {
    let bytes = this.#bytes.get(name);
    if (bytes === undefined) {
      bytes = this.#serve(name);
      // A read that failed is tried again on the next request rather than remembered.
      bytes.catch(() => this.#bytes.delete(name));
      this.#bytes.set(name, bytes);
    }
    return bytes;
  }

  async #serve(name: SpecName): Promise<Served> {
    const document = await readSpecDocument(name);
    if (document === undefined) {
      return undefined;
    }
    // Swagger UI (and any tool given the URL) gets one self-contained document: no `$ref` into a sibling file.
    const bundled = await bundleSiblingReferences(document, readSpecFile);
    return new TextEncoder().encode(JSON.stringify(servedDocument(bundled, name, this.#origin)));
  }
}
