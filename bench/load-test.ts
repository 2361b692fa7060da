// A fixed load against one HTTP route, for the HTTP benchmarks: autocannon keeps N keep-alive connections busy
// (one request in flight on each, no pipelining, as an SDK client would) for a time or a number of requests.
import autocannon from "autocannon";

export interface LoadOptions {
  /** Origin of the server, e.g. `http://127.0.0.1:4010`. */
  origin: string;
  method?: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  /** The same body on every request... */
  body?: string;
  /** ...or a new one for each (say, a declaration for another participant). */
  nextBody?: () => string;
  connections: number;
  /** Run for this long... */
  seconds?: number;
  /** ...or for this many requests. */
  requests?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Responses received. */
  responses: number;
  /** Responses outside 2xx plus transport errors and timeouts: any of these makes the rate meaningless. */
  failures: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
  latencyP50: number;
  latencyP99: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { nextBody } = options;
  const result = await autocannon({
    url: options.origin,
    connections: options.connections,
    pipelining: 1,
    ...(options.requests === undefined ? { duration: options.seconds ?? 1 } : { amount: options.requests }),
    requests: [
      {
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers ?? {},
        ...(options.body === undefined ? {} : { body: options.body }),
        ...(nextBody === undefined ? {} : { setupRequest: (request) => ({ ...request, body: nextBody() }) }),
      },
    ],
  });
  const statuses: Record<string, number> = {};
  for (const [status, { count = 0 }] of Object.entries(result.statusCodeStats ?? {})) {
    statuses[status] = count;
  }
  const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
  return {
    requestsPerSecond: result.requests.total / seconds,
    responses: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    statuses,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
  };
}
