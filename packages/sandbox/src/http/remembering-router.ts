import type { Result, Router } from "hono/router";
import { TrieRouter } from "hono/router/trie-router";

/**
 * How many matches are remembered: the few paths a client repeats (the declarations route, a list) fit many times
 * over; a client walking records by id fills it, and it is then forgotten at once rather than grown.
 */
const REMEMBERED_MATCHES = 256;

/**
 * Hono's `TrieRouter` (the router Hono's default picks for the sandbox's routes, as its faster `RegExpRouter` cannot
 * take the API reference's patterned routes), remembering its recent answers. Matching walks the route tree on every
 * request, and was a measurable share of a declaration submission; a client sends the same method and path again and
 * again, and the answer for one never changes while no route is added. Hono reads a match without changing it (its
 * `RegExpRouter` hands out shared matches the same way).
 */
export class RememberingRouter<T> implements Router<T> {
  readonly name = "RememberingRouter + TrieRouter";
  readonly #trie = new TrieRouter<T>();
  readonly #matches = new Map<string, Result<T>>();

  add(method: string, path: string, handler: T): void {
    this.#matches.clear();
    this.#trie.add(method, path, handler);
  }

  match(method: string, path: string): Result<T> {
    const key = `${method} ${path}`;
    const known = this.#matches.get(key);
    if (known !== undefined) {
      return known;
    }
    const match = this.#trie.match(method, path);
    if (this.#matches.size >= REMEMBERED_MATCHES) {
      this.#matches.clear();
    }
    this.#matches.set(key, match);
    return match;
  }
}
