import { createSandbox, type SandboxOptions } from "../../src/index.ts";
import { SpecClient } from "./spec-client.ts";

/** A fixed instant for tests: the world and every "now" derive from it. */
export const TEST_NOW = "2025-10-01T09:30:00Z";

/** A sandbox frozen at TEST_NOW (unless told otherwise) and a spec-checking client over `app.request`. */
export function testSandbox(options: SandboxOptions = {}) {
  const sandbox = createSandbox({ now: TEST_NOW, onUnexpectedError: () => {}, ...options });
  const client = new SpecClient((request) => sandbox.app.request(request));
  return { sandbox, client };
}
