/**
 * Rack-style nested query parsing, as the real (Rails) service sees its query string:
 * `filter[cohort]=2025` → `{ filter: { cohort: "2025" } }`, `filter=abc` → `{ filter: "abc" }`,
 * `x[]=1&x[]=2` → `{ x: ["1", "2"] }`. A later value for the same key replaces the earlier one.
 * Hashes are prototype-less so a key such as `__proto__` is plain data.
 */
export type QueryValue = string | QueryValue[] | QueryHash;
export interface QueryHash {
  [key: string]: QueryValue | undefined;
}

export function isQueryHash(value: QueryValue | undefined): value is QueryHash {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function parseQuery(search: string): QueryHash {
  const root: QueryHash = Object.create(null);
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query === "") {
    return root;
  }
  for (const pair of query.split("&")) {
    if (pair === "") {
      continue;
    }
    const equals = pair.indexOf("=");
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const rawValue = equals === -1 ? "" : pair.slice(equals + 1);
    const path = parseName(decodeFormComponent(rawName));
    if (path === undefined) {
      continue;
    }
    assign(root, path, decodeFormComponent(rawValue));
  }
  return root;
}

/** `a[b][]` → `["a", "b", ""]` (an empty segment means "append to an array"). */
function parseName(name: string): string[] | undefined {
  const open = name.indexOf("[");
  if (open <= 0) {
    return name === "" ? undefined : [name];
  }
  const path = [name.slice(0, open)];
  let rest = name.slice(open);
  while (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close === -1) {
      break;
    }
    path.push(rest.slice(1, close));
    rest = rest.slice(close + 1);
  }
  return path;
}

function assign(target: QueryHash, path: readonly string[], value: string): void {
  const [head, ...tail] = path;
  if (head === undefined) {
    return;
  }
  if (tail.length === 0) {
    target[head] = value;
    return;
  }
  const existing = target[head];
  if (tail[0] === "") {
    // `x[]=v` appends a value; `x[][k]=v` appends a hash.
    const list = Array.isArray(existing) ? existing : [];
    target[head] = list;
    const rest = tail.slice(1);
    if (rest.length === 0) {
      list.push(value);
    } else {
      const child: QueryHash = Object.create(null);
      list.push(child);
      assign(child, rest, value);
    }
    return;
  }
  const hash: QueryHash = isQueryHash(existing) ? existing : Object.create(null);
  target[head] = hash;
  assign(hash, tail, value);
}

/**
 * `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte. Malformed escapes are kept as
 * written rather than failing the request.
 */
export function decodeFormComponent(text: string): string {
  const spaced = text.replaceAll("+", " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}
