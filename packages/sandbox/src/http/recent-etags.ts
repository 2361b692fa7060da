/**
 * The ETags of the last few JSON bodies tagged, so that the same page asked for again (a client polling a list)
 * is not hashed again: comparing a body with one remembered costs a comparison of the two texts, far less than a
 * SHA-256 of it, and an ETag is a function of the text alone, so nothing can make a remembered one wrong
 * (docs/decisions/sandbox-response-cache.md).
 *
 * Bounded: at most `MAX_ENTRIES` bodies, each at most `MAX_CHARS` long (a larger one is hashed every time), so at
 * most a few megabytes are kept. Bodies shorter than `MIN_CHARS` (a single record, an error) cost little to hash
 * and are not kept, so that they do not push the pages out.
 */
const MAX_ENTRIES = 8;
const MIN_CHARS = 4 * 1024;
const MAX_CHARS = 512 * 1024;

export class RecentEtags {
  /** In the order they were first tagged: the oldest goes first. */
  readonly #entries: { readonly text: string; readonly etag: string }[] = [];

  find(text: string): string | undefined {
    for (let at = this.#entries.length - 1; at >= 0; at -= 1) {
      const entry = this.#entries[at] as { readonly text: string; readonly etag: string };
      if (entry.text.length === text.length && entry.text === text) {
        return entry.etag;
      }
    }
    return undefined;
  }

  remember(text: string, etag: string): void {
    if (text.length < MIN_CHARS || text.length > MAX_CHARS) {
      return;
    }
    this.#entries.push({ text, etag });
    if (this.#entries.length > MAX_ENTRIES) {
      this.#entries.shift();
    }
  }
}
