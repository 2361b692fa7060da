/** The longest detail kept: details are sentences, and a plain-text body could be anything. */
const MAX_DETAIL_LENGTH = 500;

/** Control characters, which a terminal would act on when the CLI prints the detail. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/g;

const clean = (text: string): string => text.replace(CONTROL_CHARACTERS, " ").trim().slice(0, MAX_DETAIL_LENGTH);

/**
 * What an error response says, in one line: the first error's `detail` of the service's error format, the `error`
 * of its 401 and 404 bodies (`{"error":"HTTP Token: Access denied"}`), or the first line of a plain-text body
 * (the rate limit's `Retry later`). Undefined for an empty body.
 */
export function errorDetailOf(text: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    const line = clean(text.split("\n", 1)[0] ?? "");
    return line === "" ? undefined : line;
  }
  if (typeof body !== "object" || body === null) {
    return undefined;
  }
  const { errors, error } = body as { errors?: unknown; error?: unknown };
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  const detail = typeof first === "object" && first !== null ? (first as { detail?: unknown }).detail : undefined;
  if (typeof detail === "string") {
    return clean(detail);
  }
  return typeof error === "string" ? clean(error) : undefined;
}
