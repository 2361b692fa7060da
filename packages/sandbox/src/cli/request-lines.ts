import type { RequestSummary } from "../request-log/render-entry.ts";

/** How `lpkit-sandbox` prints each request: a line of text, or a JSON object per line. */
export const LOG_FORMATS = ["text", "json"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

const RESET = "\u001b[0m";
const DIM = "\u001b[2m";
/** By status class: 2xx green, 3xx cyan, 4xx yellow, 5xx red. */
const STATUS_COLOURS: Record<number, string> = { 2: "\u001b[32m", 3: "\u001b[36m", 4: "\u001b[33m", 5: "\u001b[31m" };

/**
 * Colour only for a terminal, and never when `NO_COLOR` is set to anything but the empty string (no-color.org):
 * a log piped to a file or read by CI stays plain text.
 */
export function useColour(stream: { readonly isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>) {
  return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === "");
}

/** A lead provider's short name, as its token spells it (`Ambition Institute` → `ambition-institute`). */
function shortName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * One line: real time (UTC, to the millisecond), method, path and query, lead provider (`-` without a known
 * token), status and duration; for an error, its detail after ` - `.
 * `14:03:27.415 POST   /ecf/api/v3/participant-declarations ambition-institute 422 1.8 ms - Your update ...`
 */
export function requestLine(request: RequestSummary, colour: boolean): string {
  const paint = (code: string | undefined, text: string) =>
    colour && code !== undefined ? `${code}${text}${RESET}` : text;
  const statusColour = STATUS_COLOURS[Math.floor(request.status / 100)];
  const target = request.query === "" ? request.path : `${request.path}?${request.query}`;
  const provider = request.lead_provider === null ? "-" : shortName(request.lead_provider.name);
  const line = [
    paint(DIM, request.time.slice(11, 23)),
    request.method.padEnd(6),
    target,
    provider,
    paint(statusColour, String(request.status)),
    `${request.duration_ms.toFixed(1)} ms`,
  ].join(" ");
  return request.error_detail === null ? line : `${line} - ${paint(statusColour, request.error_detail)}`;
}

/** Prints each request in `format` with `write`, one line each. */
export function requestPrinter(
  format: LogFormat,
  colour: boolean,
  write: (line: string) => void,
): (request: RequestSummary) => void {
  return format === "json"
    ? (request) => write(`${JSON.stringify(request)}\n`)
    : (request) => write(`${requestLine(request, colour)}\n`);
}
