/**
 * The engine's `execute` and `executeNpq`, journaled: a command the engine accepts is handed to the recorder its
 * context carries (`recordingContext`), with the instant and the id position it ran at. A refused command changes
 * nothing, so it records nothing. Routes and fixtures import these instead of the engine's, and nothing else changes
 * for them.
 */
import {
  type Command,
  type CommandContext,
  type CommandValue,
  execute as engineExecute,
  executeNpq as engineExecuteNpq,
  type NpqCommand,
  type NpqCommandValue,
  type NpqWorld,
  type Outcome,
  type World,
} from "@lpkit/engine";
import type { IdsPosition } from "./journal-entry.ts";

/** What a context's recorder is told of an accepted command. */
export interface CommandRecorder {
  /** The id stream's position now, before the command draws from it. */
  position(): IdsPosition;
  /** `world` is the world the command ran on: the live one, or a fixture's copy that may be adopted later. */
  record(world: World | NpqWorld, command: unknown, at: Date, ids: IdsPosition): void;
}

const RECORDER = Symbol("lpkit.journal.recorder");

type RecordingContext = CommandContext & { readonly [RECORDER]?: CommandRecorder };

/** A command context whose accepted commands `recorder` hears of. */
export function recordingContext(context: CommandContext, recorder: CommandRecorder): CommandContext {
  return { ...context, [RECORDER]: recorder } as RecordingContext;
}

export function execute<C extends Command>(
  world: World,
  command: C,
  context: CommandContext,
): Outcome<CommandValue<C["type"]>> {
  const recorder = (context as RecordingContext)[RECORDER];
  const ids = recorder?.position();
  const result = engineExecute(world, command, context);
  if (result.ok && recorder !== undefined && ids !== undefined) {
    recorder.record(world, command, context.now, ids);
  }
  return result;
}

export function executeNpq<C extends NpqCommand>(
  world: NpqWorld,
  command: C,
  context: CommandContext,
): Outcome<NpqCommandValue<C["type"]>> {
  const recorder = (context as RecordingContext)[RECORDER];
  const ids = recorder?.position();
  const result = engineExecuteNpq(world, command, context);
  if (result.ok && recorder !== undefined && ids !== undefined) {
    recorder.record(world, command, context.now, ids);
  }
  return result;
}
