import { readFile } from "node:fs/promises";
import type { StatementInputError } from "@lpkit/engine";

/** The contract terms file's JSON, or why it could not be read; its content is validated by the forecast. */
export async function readContractFile(
  path: string,
): Promise<{ ok: true; value: unknown } | { ok: false; problem: string }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { ok: false, problem: `Cannot read the contract terms file ${path}: ${(error as Error).message}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: `The contract terms file ${path} is not JSON: ${(error as Error).message}` };
  }
}

/** One line per problem, as the forecast reports them: the field's path, then what is wrong with it. */
export function problemLines(problems: readonly StatementInputError[]): string {
  return problems.map((problem) => `  - ${problem.detail}`).join("\n");
}
