import type { AllowedHosts } from "../http/allowed-hosts.ts";

/** Bind addresses meaning "every interface": the sandbox cannot know every name it is reached by. */
const WILDCARD_ADDRESSES = new Set(["0.0.0.0", "::", "[::]"]);

export function isWildcardAddress(host: string): boolean {
  return WILDCARD_ADDRESSES.has(host);
}

/** Whether binding to `host` keeps the sandbox to this machine. */
export function isLoopbackAddress(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || host.startsWith("127.");
}

/** The bind address as a URL host: an IPv6 address in brackets. */
export function urlHost(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/**
 * The hosts the CLI's sandbox answers for (docs/decisions/sandbox-network-exposure.md): the loopback names (always),
 * the bind address, and each `--allowed-host`. Bound to every interface without any `--allowed-host`, it answers
 * for every name, since it cannot know the names the machine is reached by.
 */
export function cliAllowedHosts(host: string, allowedHosts: readonly string[]): AllowedHosts {
  if (isWildcardAddress(host)) {
    return allowedHosts.length === 0 ? "any" : allowedHosts;
  }
  return [urlHost(host), ...allowedHosts];
}
