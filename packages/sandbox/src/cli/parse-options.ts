import { parseArgs } from "node:util";
import { parseRfc3339 } from "../time/timestamps.ts";
import { LOG_FORMATS, type LogFormat } from "./request-lines.ts";

export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly seed: number | undefined;
  readonly now: Date | undefined;
  readonly size: number | undefined;
  readonly rateLimit: boolean;
  /** `--allowed-host` values, in the order given. */
  readonly allowedHosts: readonly string[];
  readonly controlToken: string | undefined;
  /** No line per request. */
  readonly quiet: boolean;
  /** How each request is printed. */
  readonly logFormat: LogFormat;
  /** `--data`: the SQLite file the journal is kept in. */
  readonly data: string | undefined;
  /** `--replay`: an NDJSON journal to start from. */
  readonly replay: string | undefined;
  /** `--replay-until`: the last entry of `replay` to apply. */
  readonly replayUntil: number | undefined;
  readonly help: boolean;
  readonly version: boolean;
}

export const USAGE = `Usage: lpkit-sandbox [options]              start a sandbox
       lpkit-sandbox <command> [options]    drive a running one (commands below)

A local, resettable, time-travelling sandbox of DfE's Lead Provider APIs.

Options:
  --port <n>       Port to listen on (default 4010; 0 picks a free one)
  --host <name>    Interface to bind (default 127.0.0.1; 0.0.0.0 for every interface)
  --seed <n>       Seed of the generated world (default 4010); the same seed gives the same world
  --now <time>     Freeze the clock at this RFC 3339 instant, e.g. 2025-10-01T09:30:00Z (default: real time)
  --size <n>       Generate this many extra participants, e.g. 100000 for load tests
  --rate-limit     Throttle like the real service: 1,000 requests per 5 minutes per token
  --allowed-host <name>
                   Also answer requests for this host name (repeatable); by default only localhost,
                   127.0.0.1, [::1] and the --host address. With --host 0.0.0.0 or :: and no
                   --allowed-host, every host name is answered
  --control-token <token>
                   Require "Authorization: Bearer <token>" on the control API (/__sandbox); set it
                   whenever other machines can reach the sandbox
  --data <file>    Keep the world in this SQLite file: each accepted write is committed before it
                   is answered, and a restart on the file rebuilds the same world (--seed, --now
                   and --size are then the file's); a new file starts from the seed
  --replay <file>  Start from a journal saved from GET /__sandbox/journal (NDJSON), e.g. a failed
                   CI run's
  --replay-until <n>
                   With --replay: stop after entry n, to look at the world before a failing step
  --quiet          Print no line per request (GET /__sandbox/requests still lists them)
  --log-format <text|json>
                   Each request as a line of text (default), or as a JSON object per line
  -h, --help       Show this help
  -v, --version    Show the version
`;

/** Thrown for a bad command line; the CLI prints the message and the usage, and exits with status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return number;
}

function logFormat(value: string | undefined): LogFormat {
  if (value === undefined) {
    return "text";
  }
  if (!(LOG_FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`--log-format must be text or json, got "${value}"`);
  }
  return value as LogFormat;
}

function controlToken(value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === "") {
    throw new UsageError("--control-token must not be empty");
  }
  return value;
}

function nonEmpty(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === "") {
    throw new UsageError(`--${name} must name a file`);
  }
  return value;
}

export function parseCliOptions(argv: readonly string[]): CliOptions {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = parseRfc3339(values.now);
    if (now === undefined) {
      throw new UsageError(`--now must be an RFC 3339 date-time such as 2025-10-01T09:30:00Z, got "${values.now}"`);
    }
  }
  const replayUntil = integer("replay-until", values["replay-until"], 0, Number.MAX_SAFE_INTEGER);
  if (replayUntil !== undefined && values.replay === undefined) {
    throw new UsageError("--replay-until needs --replay <journal.ndjson>");
  }
  return {
    data: nonEmpty("data", values.data),
    replay: nonEmpty("replay", values.replay),
    replayUntil,
    port: integer("port", values.port, 0, 65535) ?? 4010,
    host: values.host ?? "127.0.0.1",
    seed: integer("seed", values.seed, 0, 0xffffffff),
    now,
    size: integer("size", values.size, 0, 10_000_000),
    rateLimit: values["rate-limit"] ?? false,
    allowedHosts: values["allowed-host"] ?? [],
    controlToken: controlToken(values["control-token"]),
    quiet: values.quiet ?? false,
    logFormat: logFormat(values["log-format"]),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      now: { type: "string" },
      size: { type: "string" },
      "rate-limit": { type: "boolean" },
      "allowed-host": { type: "string", multiple: true },
      "control-token": { type: "string" },
      data: { type: "string" },
      replay: { type: "string" },
      "replay-until": { type: "string" },
      quiet: { type: "boolean" },
      "log-format": { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
