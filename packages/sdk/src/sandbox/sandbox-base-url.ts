/**
 * Where `lpkit-sandbox` listens by default. An IP rather than `localhost`, which Node may resolve to `::1` while
 * the sandbox binds IPv4 only.
 */
export const LPKIT_SANDBOX_BASE_URL = "http://127.0.0.1:4010";

/** The path under which the Lead Provider Kit sandbox serves the ECF Lead Provider API. */
export const LPKIT_SANDBOX_ECF_PREFIX = "/ecf";

/** The path under which the Lead Provider Kit sandbox serves the NPQ Lead Provider API. */
export const LPKIT_SANDBOX_NPQ_PREFIX = "/npq";

/**
 * The ECF API's base URL on a Lead Provider Kit sandbox, for {@link createEcfClient}: the sandbox's own base URL
 * followed by {@link LPKIT_SANDBOX_ECF_PREFIX}.
 *
 * @example
 * sandboxEcfBaseUrl("http://127.0.0.1:4010"); // "http://127.0.0.1:4010/ecf"
 */
export function sandboxEcfBaseUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${LPKIT_SANDBOX_ECF_PREFIX}`;
}

/**
 * The NPQ API's base URL on a Lead Provider Kit sandbox, for {@link createNpqClient}: the sandbox's own base URL
 * followed by {@link LPKIT_SANDBOX_NPQ_PREFIX}.
 *
 * @example
 * sandboxNpqBaseUrl("http://127.0.0.1:4010"); // "http://127.0.0.1:4010/npq"
 */
export function sandboxNpqBaseUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${LPKIT_SANDBOX_NPQ_PREFIX}`;
}
