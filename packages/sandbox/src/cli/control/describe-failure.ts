import { ControlApiError } from "../../control-client/control-api-error.ts";
import { CommandError } from "./command.ts";

/** The error codes of a `fetch` that found nothing listening (or nothing by that name). */
const NOTHING_THERE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET"]);

/** Every `code` along an error's `cause` chain (and inside an `AggregateError`, as dual-stack connects give). */
function codesOf(error: unknown, depth = 0): string[] {
  if (typeof error !== "object" || error === null || depth > 5) {
    return [];
  }
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  return [
    ...(typeof code === "string" ? [code] : []),
    ...codesOf(cause, depth + 1),
    ...(Array.isArray(errors) ? errors.flatMap((inner) => codesOf(inner, depth + 1)) : []),
  ];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The deepest `cause`'s message: `fetch failed` says less than what made it fail (`bad port`, a TLS error). */
function rootMessage(error: unknown, depth = 0): string {
  const cause = error instanceof Error ? error.cause : undefined;
  return cause === undefined || depth > 5 ? messageOf(error) : rootMessage(cause, depth + 1);
}

/** What went wrong, in plain words, one line each, for a command that failed (exit 1). */
export function describeFailure(error: unknown, url: string): readonly string[] {
  if (error instanceof CommandError) {
    return [error.message];
  }
  if (!(error instanceof ControlApiError)) {
    return [messageOf(error)];
  }
  if (error.status === undefined) {
    const cause = error.cause;
    return codesOf(cause).some((code) => NOTHING_THERE.has(code))
      ? [`No sandbox answers at ${url}. Start one with \`lpkit-sandbox\` or pass --url.`]
      : [`Cannot reach the sandbox at ${url}: ${rootMessage(cause)}`];
  }
  const details = error.errors.map((item) => item.detail || item.title).filter((text) => text !== "");
  const said = details.length > 0 ? details : [error.message];
  if (error.status === 401) {
    return [...said, "Pass the sandbox's control token with --control-token (or LPKIT_SANDBOX_CONTROL_TOKEN)."];
  }
  if (error.status === 404 && details.length === 0) {
    return [`${url} answered 404 for ${error.method} ${error.path}: is it a Lead Provider Kit sandbox?`];
  }
  return said;
}
