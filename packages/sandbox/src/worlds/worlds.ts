import type { Hono } from "hono";
import type { SandboxControl } from "../control/sandbox-control.ts";
import type { SandboxEnv } from "../http/env.ts";
import { DEFAULT_WORLD, MAX_WORLDS, WORLD_MESSAGES } from "./world-names.ts";

/** One world: its own state, clock, faults, rate-limit counters, request log and journal, behind its own app. */
export interface World {
  readonly name: string;
  readonly app: Hono<SandboxEnv>;
  readonly control: SandboxControl;
}

/** What `POST /__sandbox/worlds` asks for, checked. */
export interface WorldRequest {
  readonly name?: string | undefined;
  readonly seed?: number | undefined;
  /** Freezes the new world's clock here; real time when null or absent. */
  readonly now?: Date | null | undefined;
}

/** Why a world could not be created or deleted: the status and the message of the answer. */
export interface WorldRefusal {
  readonly status: 404 | 422;
  readonly detail: string;
}

export type WorldBuilder = (name: string, request: WorldRequest) => World;

/**
 * The worlds of one sandbox, the default one first, then the others in the order they were created. Every world is
 * a whole sandbox world built by `build`, so isolation needs no change in any route: a request is simply answered
 * by its world's app.
 */
export class Worlds {
  readonly #worlds = new Map<string, World>();
  readonly #build: WorldBuilder;
  #generated = 0;

  constructor(build: WorldBuilder) {
    this.#build = build;
  }

  /** Adds the world the sandbox started with; done once, before any request. */
  addDefault(world: World): void {
    this.#worlds.set(DEFAULT_WORLD, world);
  }

  get(name: string): World | undefined {
    return this.#worlds.get(name);
  }

  list(): readonly World[] {
    return [...this.#worlds.values()];
  }

  create(request: WorldRequest): World | WorldRefusal {
    if (this.#worlds.size >= MAX_WORLDS) {
      return { status: 422, detail: WORLD_MESSAGES.tooMany };
    }
    const name = request.name ?? this.#freshName();
    if (this.#worlds.has(name)) {
      return { status: 422, detail: WORLD_MESSAGES.nameTaken(name) };
    }
    const world = this.#build(name, request);
    this.#worlds.set(name, world);
    return world;
  }

  delete(name: string): WorldRefusal | undefined {
    if (name === DEFAULT_WORLD) {
      return { status: 422, detail: WORLD_MESSAGES.defaultNotDeletable };
    }
    const world = this.#worlds.get(name);
    if (world === undefined) {
      return { status: 404, detail: WORLD_MESSAGES.unknownWorld(name) };
    }
    this.#worlds.delete(name);
    world.control.closeJournal();
    return undefined;
  }

  /** `world-1`, `world-2`, ...: the first number not taken, so a generated name never clashes with a chosen one. */
  #freshName(): string {
    let name: string;
    do {
      this.#generated += 1;
      name = `world-${this.#generated}`;
    } while (this.#worlds.has(name));
    return name;
  }
}
