// The servers of the HTTP benchmarks, each in a process of its own (serve-app.ts): in one process the load
// generator would take its turns on the server's event loop, so every request would also pay for the client, which
// pulls every ratio towards 1 and hides the sandbox's own cost. Apart, on two cores, each side has a core.
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import type { Listening, ServedApp } from "./serve-app.ts";

export interface Server {
  origin: string;
  child: ChildProcess;
}

function startServer(app: ServedApp): Promise<Server> {
  const child = fork(join(import.meta.dirname, "serve-app.ts"), [app], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (message: Listening) => resolve({ origin: `http://127.0.0.1:${message.port}`, child }));
    child.once("exit", (code) => reject(new Error(`the ${app} server stopped before listening (exit code ${code})`)));
  });
}

/** Starts the servers; if one fails, stops the others, so that the benchmark ends with the error. */
export async function startServers(apps: readonly ServedApp[]): Promise<Server[]> {
  const started = await Promise.allSettled(apps.map(startServer));
  const servers = started.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  const failure = started.find((outcome) => outcome.status === "rejected");
  if (failure !== undefined) {
    stopServers(servers);
    throw failure.reason;
  }
  return servers;
}

export function stopServers(servers: readonly Server[]): void {
  for (const server of servers) {
    if (server.child.connected) {
      server.child.disconnect();
    }
  }
}

export async function getJson<T>(url: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as T };
}

/** POSTs JSON to a control route and returns the answer's `data`; anything but `expected` fails the benchmark. */
export async function postControl<T>(url: string, body: unknown, expected = 201): Promise<T> {
  const { status, body: answer } = await getJson<{ data: T }>(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (status !== expected) {
    throw new Error(`POST ${new URL(url).pathname} answered ${status}: ${JSON.stringify(answer)}`);
  }
  return answer.data;
}

/** Runs `createOne` `count` times, `concurrency` at a time; the order does not matter. */
export async function createMany<T>(count: number, concurrency: number, createOne: () => Promise<T>): Promise<T[]> {
  const created: T[] = [];
  let started = 0;
  const workers = Array.from({ length: concurrency }, async () => {
    while (started < count) {
      started += 1;
      created.push(await createOne());
    }
  });
  await Promise.all(workers);
  return created;
}

/**
 * Copies a page the sandbox answered to the bare server's `/stored` route, the reference with nothing left to
 * compute: the same bytes, served by bare Hono.
 */
export async function storePage(bare: Server, sandbox: Server, path: string, token: string): Promise<unknown[]> {
  const page = await getJson<{ data: unknown[] }>(`${sandbox.origin}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const stored = await fetch(`${bare.origin}/stored`, { method: "PUT", body: JSON.stringify(page.body) });
  if (page.status !== 200 || stored.status !== 204) {
    throw new Error(`could not copy ${path} to the reference route (${page.status}, ${stored.status})`);
  }
  return page.body.data;
}
