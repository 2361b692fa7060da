import type { OptionSpec } from "./command.ts";

/** Where `lpkit-sandbox` listens by default, and where the control commands look unless told otherwise. */
export const DEFAULT_SANDBOX_URL = "http://127.0.0.1:4010";

/** The options every control command takes. */
export const GLOBAL_OPTIONS = {
  url: {
    type: "string",
    value: "<url>",
    description: `the sandbox's address (default ${DEFAULT_SANDBOX_URL}, or LPKIT_SANDBOX_URL)`,
  },
  "control-token": {
    type: "string",
    value: "<token>",
    description: "the sandbox's control token, if it has one (or LPKIT_SANDBOX_CONTROL_TOKEN)",
  },
  json: { type: "boolean", description: "print the control API's JSON instead of text" },
  help: { type: "boolean", description: "show this help" },
} as const satisfies Readonly<Record<string, OptionSpec>>;

/** The global options that take a value: skipped with it when looking for the command's words. */
export const GLOBAL_VALUE_OPTIONS: ReadonlySet<string> = new Set(["--url", "--control-token"]);

/** Whether `token` is one of the global options (`--url=...` included). */
export function isGlobalOption(token: string): boolean {
  const name = token.split("=")[0] ?? "";
  return token === "-h" || Object.keys(GLOBAL_OPTIONS).some((option) => name === `--${option}`);
}
