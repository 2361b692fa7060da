/**
 * The repository's Dockerfile read as instructions, for the checks that run without Docker
 * (test/docker/dockerfile.test.ts) and the image test that runs with it (test/docker/docker-image.test.ts).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const REPOSITORY_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

export interface Instruction {
  /** Upper case: `FROM`, `RUN`, `COPY`, ... */
  readonly keyword: string;
  /** The rest of the instruction, continuation lines joined. */
  readonly text: string;
}

/** Each instruction in order; comments and continuation lines as Docker reads them. */
export function dockerfileInstructions(file = `${REPOSITORY_ROOT}Dockerfile`): Instruction[] {
  const instructions: Instruction[] = [];
  let pending = "";
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (pending === "" && (line.trim() === "" || line.trimStart().startsWith("#"))) {
      continue;
    }
    if (line.endsWith("\\")) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const whole = (pending + line).trim();
    pending = "";
    const space = whole.indexOf(" ");
    instructions.push({ keyword: whole.slice(0, space).toUpperCase(), text: whole.slice(space + 1).trim() });
  }
  return instructions;
}

/** The instructions of one keyword. */
export function instructionsOf(instructions: readonly Instruction[], keyword: string): Instruction[] {
  return instructions.filter((instruction) => instruction.keyword === keyword);
}

/** An instruction's exec form (`["a", "b"]`) as its arguments; what follows `CMD` in a HEALTHCHECK counts. */
export function execForm(text: string): string[] {
  const json = text.slice(text.indexOf("["));
  return JSON.parse(json) as string[];
}
