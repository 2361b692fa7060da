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

/**
 * Runs the load and reports its rate. The rate is counted from the start to the last response: autocannon itself
 * ends a run only on its once-a-second tick, so a run of a fixed number of requests can sit idle for most of a
 * second after its last response, and its own duration would understate the rate.
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { nextBody } = options;
  const start = performance.now();
  let lastResponse = start;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
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
      },
      (error: unknown, result) => {
        if (error) {
          reject(error);
          return;
        }
        const statuses: Record<string, number> = {};
        for (const [status, { count = 0 }] of Object.entries(result.statusCodeStats ?? {})) {
          statuses[status] = count;
        }
        resolve({
          requestsPerSecond: (result.requests.total * 1000) / (lastResponse - start),
          responses: result.requests.total,
          failures: result.non2xx + result.errors + result.timeouts,
          statuses,
          latencyP50: result.latency.p50,
          latencyP99: result.latency.p99,
        });
      },
    );
    instance.on("response", () => {
      lastResponse = performance.now();
    });
  });
}
