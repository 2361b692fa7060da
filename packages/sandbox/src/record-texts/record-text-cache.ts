/**
 * The JSON text of records the API renders, kept per world so that a list page becomes a join of stored strings
 * instead of a view built and stringified per record per request (docs/decisions/sandbox-response-cache.md).
 *
 * What a text may depend on, and so what its key covers:
 * - the world object: each isolated world, each reset and each replay has its own (a `WeakMap` key, so a world's
 *   texts go when the world does);
 * - every row of that world: the texts of a world are dropped whole as soon as its version (`worldVersion`,
 *   moved on by every row write) is not the one they were rendered at;
 * - anything else the view reads (the lead provider asking, the London day of the request's instant): the `scope`
 *   the caller names, which must spell out each such input.
 *
 * Memory: at most `maxChars` characters of text per world and per cache (each kind of record has its own cache).
 * Reaching it drops that world's texts and starts again, which a sweep through a large world's pages does now and
 * then; a steady reader of the same pages stays within it.
 */
export class RecordTextCache<W extends object> {
  readonly #versionOf: (world: W) => number;
  readonly #maxChars: number;
  readonly #worlds = new WeakMap<W, WorldTexts>();

  constructor(versionOf: (world: W) => number, maxChars: number) {
    this.#versionOf = versionOf;
    this.#maxChars = maxChars;
  }

  /** The JSON text of each record, in order: the stored one, or `render(id)` stringified (and then stored). */
  texts(world: W, scope: string, ids: readonly string[], render: (id: string) => unknown): string[] {
    if (!caching.enabled) {
      return ids.map((id) => JSON.stringify(render(id)));
    }
    const stored = this.#textsOf(world);
    let scoped = stored.scopes.get(scope);
    if (scoped === undefined) {
      scoped = new Map();
      stored.scopes.set(scope, scoped);
    }
    const texts: string[] = new Array(ids.length);
    for (let at = 0; at < ids.length; at += 1) {
      const id = ids[at] as string;
      let text = scoped.get(id);
      if (text === undefined) {
        text = JSON.stringify(render(id));
        if (stored.chars + text.length > this.#maxChars) {
          stored.scopes.clear();
          stored.chars = 0;
          scoped = new Map();
          stored.scopes.set(scope, scoped);
        }
        scoped.set(id, text);
        stored.chars += text.length;
      }
      texts[at] = text;
    }
    return texts;
  }

  /** The world's texts, emptied first if a row was written since they were rendered. */
  #textsOf(world: W): WorldTexts {
    const version = this.#versionOf(world);
    let stored = this.#worlds.get(world);
    if (stored === undefined) {
      stored = { version, scopes: new Map(), chars: 0 };
      this.#worlds.set(world, stored);
    } else if (stored.version !== version) {
      stored.version = version;
      stored.scopes.clear();
      stored.chars = 0;
    }
    return stored;
  }
}

interface WorldTexts {
  /** The world's version the texts were rendered at. */
  version: number;
  /** Per scope (see `RecordTextCache`), the text of each record id. */
  readonly scopes: Map<string, Map<string, string>>;
  chars: number;
}

/** Whether the caches keep texts at all: off only in the test comparing cached with uncached responses. */
const caching = { enabled: true };

/** Turns every `RecordTextCache` off or on. For tests: the sandbox itself never turns caching off. */
export function setRecordTextCaching(enabled: boolean): void {
  caching.enabled = enabled;
}

/** `{"data":[...]}` from the records' JSON texts: the same text `JSON.stringify({ data: records })` gives. */
export function dataListText(texts: readonly string[]): string {
  return `{"data":[${texts.join(",")}]}`;
}
