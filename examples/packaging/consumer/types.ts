// Compiled (not run) against the installed tarballs: the published declarations resolve and keep their types.
import type { Declaration } from "@lpkit/engine";
import { type ControlClient, createSandbox } from "@lpkit/sandbox";
import { createSandboxHandlers } from "@lpkit/sandbox/msw";
import { createEcfClient, type Participant } from "@lpkit/sdk";

const client = createEcfClient({ baseUrl: "https://example.test", token: "t", throwOnError: true });
export async function firstParticipant(): Promise<Participant | undefined> {
  const { data } = await client.GET("/api/v3/participants");
  return data.data[0];
}

const sandbox = createSandbox({ now: "2025-10-01T09:30:00Z" });
export const control: ControlClient = sandbox.control;
export const accounts: Promise<readonly { token: string }[]> = sandbox.control.leadProviders();
export type EngineDeclaration = Declaration;

const { handlers, http } = createSandboxHandlers();
export const count: number = handlers.length;
export const override = http.get("/api/v3/statements/{id}", ({ params, response }) =>
  response(404).json({ errors: [{ title: "Resource not found", detail: params.id }] }),
);
// @ts-expect-error: the spec documents no 418 here; if the types were lost (any), this line would compile.
http.get("/api/v3/statements/{id}", ({ response }) => response(418).json({}));
// @ts-expect-error: not a path of the API.
client.GET("/api/v3/no-such-path");
