/** `lpkit-sandbox` in a child process on a free port, as a user starts it, for the journal's restart tests. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));

export interface ServedSandbox {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly output: () => string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  readonly exited: Promise<number | string>;
}

export function serveSandbox(args: readonly string[]): Promise<ServedSandbox> {
  const child = spawn(process.execPath, [CLI, "--port", "0", "--quiet", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? -1)),
  );
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      output += String(chunk);
      const match = /Control API\s+(http:\/\/[^/\s]+)\/__sandbox/.exec(output);
      if (match?.[1]) {
        resolve({ child, origin: match[1], output: () => output, exited });
      }
    });
    void exited.then((code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

/** Runs `lpkit-sandbox` to its end: its exit code and what it printed. */
export async function runSandbox(args: readonly string[]): Promise<{ code: number | string; output: string }> {
  const child = spawn(process.execPath, [CLI, "--port", "0", "--quiet", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const code = await new Promise<number | string>((resolve) =>
    child.once("exit", (exitCode, signal) => resolve(exitCode ?? signal ?? -1)),
  );
  return { code, output };
}
