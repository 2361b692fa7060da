/**
 * A consumer of the SDK in a project without the DOM lib (`lib: ["ES2023"]`, `types: ["node"]`), checked by
 * `pnpm typecheck` through the tsconfig beside it: the SDK's types must need nothing `@types/node` lacks.
 */
import { buildDeclaration, courseIdentifierOf, createEcfClient, createSandboxClient } from "../../src/index.ts";

const client = createEcfClient({ token: "token", baseUrl: "http://127.0.0.1:4010/ecf", throwOnError: true });
export const sandbox = createSandboxClient({ baseUrl: "http://127.0.0.1:4010" });

export async function declareStarted(cohort: string, participantId: string): Promise<string> {
  const body = buildDeclaration({
    cohort,
    participant_id: participantId,
    course_identifier: courseIdentifierOf({ participant_type: "ect" }),
    declaration_type: "started",
    declaration_date: new Date(),
  });
  const { data } = await client.POST("/api/v3/participant-declarations", { body });
  return data.data.id;
}
