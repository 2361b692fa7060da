// One server of the HTTP benchmarks (sandbox-http.bench.ts, npq-http.bench.ts), run in a process of its own:
//
//   node serve-app.ts bare       a bare Hono JSON route, the baseline; plus, as references with nothing left to
//                                compute, a route answering whatever JSON was last PUT to it (the sandbox's page) and
//                                one reading a JSON body (a declaration) and answering it back
//   node serve-app.ts sandbox    the sandbox over its default seeded world, clock frozen at FROZEN_NOW
//
// It listens on a free loopback port, tells the parent which one over IPC, and stops when the parent disconnects.
import { serve } from "@hono/node-server";
import { createSandbox } from "@lpkit/sandbox";
import { Hono } from "hono";
import { FROZEN_NOW } from "./frozen-now.ts";

export type ServedApp = "bare" | "sandbox";

/** What the server sends its parent once it listens. */
export interface Listening {
  port: number;
}

function fetchHandler(app: string | undefined): (request: Request) => Response | Promise<Response> {
  if (app === "bare") {
    let stored: unknown = null;
    const bare = new Hono()
      .get("/", (c) => c.json({ hello: "world" }))
      .put("/stored", async (c) => {
        stored = await c.req.json();
        return c.body(null, 204);
      })
      .get("/stored", (c) => c.json(stored))
      .post("/echo", async (c) => c.json(await c.req.json()));
    return bare.fetch;
  }
  if (app === "sandbox") {
    return createSandbox({ now: FROZEN_NOW }).app.fetch;
  }
  throw new Error(`serve-app: expected "bare" or "sandbox", got ${JSON.stringify(app)}`);
}

if (process.send === undefined) {
  throw new Error("serve-app: run me with child_process.fork, which opens the IPC channel I report my port on");
}
const fetch = fetchHandler(process.argv[2]);
serve({ fetch, port: 0, hostname: "127.0.0.1" }, ({ port }) => {
  const listening: Listening = { port };
  process.send?.(listening);
});
// The parent ends the benchmark by disconnecting (or by dying): nothing here is worth finishing.
process.on("disconnect", () => process.exit(0));
