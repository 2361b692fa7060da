/**
 * `node:crypto`, loaded on first use, or undefined where there is none (a browser running the MSW handlers). The
 * sandbox loads Node built-ins lazily so that its app stays runtime-neutral; where Node's hashing exists it is
 * synchronous and much cheaper than the Web Crypto API for the small bodies the API answers with.
 */
export type NodeCrypto = typeof import("node:crypto");

let nodeCrypto: Promise<NodeCrypto | undefined> | undefined;

export function loadNodeCrypto(): Promise<NodeCrypto | undefined> {
  nodeCrypto ??= import("node:crypto").catch(() => undefined);
  return nodeCrypto;
}

/** Lower-case hex of some bytes, as `digest("hex")` writes them. */
export const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
