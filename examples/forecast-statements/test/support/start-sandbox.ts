import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createSandbox, type SandboxOptions } from "@lpkit/sandbox";
import { createSandboxClient, type SandboxClient } from "@lpkit/sdk";

export interface RunningSandbox {
  /** The control API's client: fixtures, clock, statements, faults, tokens. */
  readonly control: SandboxClient;
  /** The ECF API's base URL, for the client under test. */
  readonly ecfBaseUrl: string;
  close(): Promise<void>;
}

/** The Lead Provider Kit sandbox on a free port of this machine, as `lpkit-sandbox --port 0` would serve it. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = createSandbox(options);
  // overrideGlobalObjects: false keeps the platform's own Request and Response in this process, which the code
  // under test uses too.
  const server = serve({ fetch: sandbox.fetch, port: 0, hostname: "127.0.0.1", overrideGlobalObjects: false });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const control = createSandboxClient({ baseUrl: `http://127.0.0.1:${port}` });
  return {
    control,
    ecfBaseUrl: control.ecfBaseUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive connections would hold close() open.
        if ("closeAllConnections" in server) {
          server.closeAllConnections();
        }
      }),
  };
}
