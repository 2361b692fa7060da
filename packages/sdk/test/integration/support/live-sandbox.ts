/**
 * The real sandbox on a real socket, for the SDK's integration suites: `createSandbox` from `@lpkit/sandbox`,
 * served by `@hono/node-server` on a free port, with SDK clients pointed at it through a spec-checking `fetch`.
 * One per test file (`beforeAll`/`afterAll`); `reset` between tests where they change the world.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createSandbox, type Sandbox, type SandboxOptions } from "@lpkit/sandbox";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import {
  createEcfClient,
  createSandboxClient,
  type EcfClientOptions,
  type RetryOptions,
  type SandboxClient,
  type ThrowingEcfClient,
  type ThrowingSandboxApiClient,
} from "../../../src/index.ts";
import { specCheckingFetch } from "./spec-checking-fetch.ts";

/** The instant the suites' worlds are built at, unless a suite says otherwise. */
export const SUITE_NOW = "2025-10-01T09:30:00Z";
/** The seed of the suites' worlds. */
export const SUITE_SEED = 20_251_001;

/** Retries without real waiting: the delays asked for are recorded instead. */
export function instantRetries(options: RetryOptions = {}): RetryOptions & { readonly delays: number[] } {
  const delays: number[] = [];
  return {
    ...options,
    delays,
    sleep: async (ms) => {
      delays.push(ms);
    },
  };
}

export interface LiveSandbox {
  /** The in-process handle, for bulk fixtures that would be slow over HTTP. */
  readonly sandbox: Sandbox;
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  /** The control API client under test (helpers, and `raw` in throwing mode). */
  readonly control: SandboxClient<ThrowingSandboxApiClient>;
  /** Responses that `spec/` does not allow, and errors the sandbox hit (it answered 500), so far. */
  readonly violations: string[];
  /** The spec-checking `fetch` every client here uses. */
  readonly fetch: (request: Request, init?: RequestInit) => Promise<Response>;
  /** A throwing ECF client for `token`, with instant retries unless `options.retry` says otherwise. */
  ecf(token: string, options?: Partial<EcfClientOptions>): ThrowingEcfClient;
  close(): Promise<void>;
}

async function startLiveSandbox(options: SandboxOptions = {}): Promise<LiveSandbox> {
  const checked = specCheckingFetch();
  const sandbox = createSandbox({
    seed: SUITE_SEED,
    now: SUITE_NOW,
    onUnexpectedError: (error, request) => {
      checked.violations.push(`${request.method} ${new URL(request.url).pathname}: sandbox error ${String(error)}`);
    },
    ...options,
  });
  // `overrideGlobalObjects: false`: the SDK under test must run on the platform's own Request and Response.
  const server = serve({ fetch: sandbox.app.fetch, port: 0, hostname: "127.0.0.1", overrideGlobalObjects: false });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const control = createSandboxClient({ baseUrl, fetch: checked.fetch, throwOnError: true });

  return {
    sandbox,
    baseUrl,
    control,
    violations: checked.violations,
    fetch: checked.fetch,
    ecf: (token, overrides = {}) =>
      createEcfClient({
        baseUrl: control.ecfBaseUrl,
        token,
        fetch: checked.fetch,
        retry: instantRetries(),
        ...overrides,
        throwOnError: true,
      }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections of undici's pool would hold close() open.
        if ("closeAllConnections" in server) {
          server.closeAllConnections();
        }
      }),
  };
}

/**
 * Starts a live sandbox for the current test file and closes it after; after each test, fails it if a response
 * broke the spec or the sandbox hit an unexpected error. Returns an accessor (the sandbox exists from `beforeAll`).
 */
export function useLiveSandbox(options: SandboxOptions = {}): () => LiveSandbox {
  let live: LiveSandbox | undefined;
  beforeAll(async () => {
    live = await startLiveSandbox(options);
  });
  afterEach(() => {
    // Taken out, so that one test's violations do not fail the next.
    const found = live?.violations.splice(0);
    expect(found, "sandbox responses that spec/ does not allow, or sandbox errors").toEqual([]);
  });
  afterAll(async () => {
    await live?.close();
  });
  return () => {
    if (live === undefined) {
      throw new Error("The live sandbox starts in beforeAll");
    }
    return live;
  };
}
