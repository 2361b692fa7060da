import type { SandboxClient, SandboxLeadProvider } from "@lpkit/sdk";

/** What each check gets: a fresh, running sandbox. */
export interface CheckContext {
  /** The sandbox's control API: what DfE, schools and time do (fixtures, clock, payments, faults). */
  readonly control: SandboxClient;
  /** The ECF API's base URL on the sandbox: give it to your own client, instead of DfE's. */
  readonly ecfBaseUrl: string;
  /** The seeded lead provider the checks act as, with its token. */
  readonly leadProvider: SandboxLeadProvider;
}

/** One contract check: resolves when your code and the API still agree, throws (any error) when not. */
export interface Check {
  readonly name: string;
  run(context: CheckContext): Promise<void>;
}
