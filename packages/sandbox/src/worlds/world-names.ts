/** The header a request names its world with, on every path (`/ecf`, `/npq`, `/__sandbox`, `/finance`). */
export const WORLD_HEADER = "x-sandbox-world";

/** The world a request without the header reaches: the one the sandbox started with, the only one `--data` keeps. */
export const DEFAULT_WORLD = "default";

/** A world's name: short, lower case, safe in a header, a path segment and a log line. */
export const WORLD_NAME = /^[a-z0-9-]{1,64}$/;

/**
 * The most worlds one sandbox holds, the default one included: each is a whole seeded world in memory, so a
 * runaway CI loop that never deletes its worlds gets a clear 422 rather than exhausting the server's memory.
 */
export const MAX_WORLDS = 100;

/** The control API's paths for worlds themselves: server-wide, answered whatever `X-Sandbox-World` says. */
export const WORLDS_PATH = "/__sandbox/worlds";

export const WORLD_MESSAGES = {
  unknownWorld: (name: string) =>
    `This sandbox has no world '${name.slice(0, 100)}' (header X-Sandbox-World). Create it with POST /__sandbox/worlds, or leave out the header for the default world.`,
  nameTaken: (name: string) => `A world named '${name}' already exists: choose another name, or delete it first.`,
  defaultNotDeletable: `The default world cannot be deleted; reset it with POST /__sandbox/reset.`,
  tooMany: `This sandbox already holds ${MAX_WORLDS} worlds: delete some with DELETE /__sandbox/worlds/{name}.`,
  expectedName: "1 to 64 lower-case letters, digits or hyphens",
} as const;
