/**
 * The query string as the real (Rails) service sees it: Rails' own nested-parameter builder (ActionDispatch's
 * `ParamBuilder`, a port of Rack's), rule for rule. `filter[cohort]=2025` → `{ filter: { cohort: "2025" } }`,
 * `filter=abc` → `{ filter: "abc" }`, `x[]=1&x[]=2` → `{ x: ["1", "2"] }`; a name without `=` has the value `null`
 * (Ruby's nil), which Rails drops from arrays; a later value for the same plain key replaces the earlier one.
 *
 * What Rails refuses, the sandbox refuses with a 400 before authentication, as the service does (ECF rules §1.5): a
 * malformed `%` escape, a name nested 100 levels deep or more, a key that is a hash in one pair and text or a list in
 * another (`a=1&a[]=2`), and bytes that are not UTF-8 in a name or a top-level value.
 *
 * Each level of nesting looks at the rest of the name a constant number of times and the depth is bounded, so a
 * long name costs time in proportion to its length. Hashes are prototype-less so a key such as `__proto__` is data.
 */
import { BAD_REQUEST_TITLE, invalidQueryParameters } from "../messages.ts";
import { RequestError } from "../request-error.ts";

export type QueryValue = string | null | QueryValue[] | QueryHash;
export interface QueryHash {
  [key: string]: QueryValue | undefined;
}

/** Rails' `ActionDispatch::ParamBuilder.default` depth limit. */
const PARAM_DEPTH_LIMIT = 100;

export function isQueryHash(value: QueryValue | undefined): value is QueryHash {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Throws a `RequestError` (400) for what Rails refuses; see the module comment. */
export function parseQuery(search: string): QueryHash {
  const root: QueryHash = Object.create(null);
  const query = search.startsWith("?") ? search.slice(1) : search;
  // Rails splits on `&` and the spaces after it.
  for (const part of query.split(/& */)) {
    if (part === "") {
      continue;
    }
    const equals = part.indexOf("=");
    const name = decodeStrictly(equals === -1 ? part : part.slice(0, equals));
    const value = equals === -1 ? null : decodeStrictly(part.slice(equals + 1));
    if (!name.valid) {
      throw invalid(`Invalid encoding for parameter: ${name.text}`);
    }
    storeNestedParam(root, name.text, value?.text ?? null, 0, value?.valid ?? true);
  }
  return root;
}

interface Decoded {
  readonly text: string;
  /** False when the bytes were not UTF-8 (the text then has U+FFFD in their place, as Ruby's `scrub` would). */
  readonly valid: boolean;
}

const MALFORMED_ESCAPE = /%(?![0-9a-fA-F]{2})/;

/** `URI.decode_www_form_component`: `+` is a space, `%XX` a byte; a `%` without two hex digits is an error. */
function decodeStrictly(component: string): Decoded {
  if (MALFORMED_ESCAPE.test(component)) {
    throw invalid(`invalid %-encoding (${component})`);
  }
  const spaced = component.replaceAll("+", " ");
  if (!spaced.includes("%")) {
    return { text: spaced, valid: true };
  }
  try {
    return { text: decodeURIComponent(spaced), valid: true };
  } catch {
    return { text: new TextDecoder().decode(percentBytes(spaced)), valid: false };
  }
}

function percentBytes(text: string): Uint8Array {
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === "%") {
      bytes.push(Number.parseInt(text.slice(index + 1, index + 3), 16));
      index += 2;
    } else {
      bytes.push(...encoder.encode(text[index]));
    }
  }
  return Uint8Array.from(bytes);
}

/** One level of Rails' `store_nested_param`; returns what the caller stores, or undefined to store nothing. */
function storeNestedParam(
  params: QueryHash,
  name: string,
  value: string | null,
  depth: number,
  valueIsUtf8: boolean,
): QueryValue | undefined {
  if (depth >= PARAM_DEPTH_LIMIT) {
    throw invalid("ActionDispatch::ParamsTooDeepError");
  }
  const { key, after } = splitName(name, depth);
  if (key === "") {
    return undefined;
  }
  if (depth === 0 && value !== null && !valueIsUtf8) {
    throw invalid(`Invalid encoding for parameter: ${value}`);
  }
  if (after === "") {
    if (key === "[]" && depth !== 0) {
      return value === null ? [] : [value];
    }
    params[key] = value;
  } else if (after === "[") {
    params[name] = value;
  } else if (after === "[]") {
    const list = arrayAt(params, key);
    if (value !== null) {
      list.push(value);
    }
  } else if (after.startsWith("[]")) {
    const childKey = hashInArrayKey(after) ?? after.slice(2);
    const list = arrayAt(params, key);
    const last = list.at(-1);
    if (isQueryHash(last) && !hashHasKey(last, childKey)) {
      storeNestedParam(last, childKey, value, depth + 1, valueIsUtf8);
    } else {
      const stored = storeNestedParam(Object.create(null), childKey, value, depth + 1, valueIsUtf8);
      list.push(stored ?? null);
    }
  } else {
    const existing = params[key];
    const hash: QueryHash = existing === undefined || existing === null ? Object.create(null) : existing;
    if (!isQueryHash(hash)) {
      throw invalid(`expected Hash (got ${rubyClassName(hash)}) for param \`${key}'`);
    }
    params[key] = storeNestedParam(hash, after, value, depth + 1, valueIsUtf8) ?? null;
  }
  return params;
}

/** The key this level names and the rest of the name (`a[b][c]` → `a`, `[b][c]` at depth 0). */
function splitName(name: string, depth: number): { key: string; after: string } {
  if (depth === 0) {
    // At the start, a leading `[` is part of the key.
    const open = name.indexOf("[", 1);
    return open === -1 ? { key: name, after: "" } : { key: name.slice(0, open), after: name.slice(open) };
  }
  if (name.startsWith("[]")) {
    return { key: "[]", after: name.slice(2) };
  }
  const close = name.startsWith("[") ? name.indexOf("]", 1) : -1;
  if (close !== -1) {
    return { key: name.slice(1, close), after: name.slice(close + 1) };
  }
  // Nested but not starting with `[`: the whole rest is the key.
  return { key: name, after: "" };
}

/** `x[][y]`: the `y` of a hash inside an array, when the rest is exactly one plain bracketed key. */
function hashInArrayKey(after: string): string | undefined {
  if (after[2] !== "[" || !after.endsWith("]") || after.length < 5) {
    return undefined;
  }
  const key = after.slice(3, -1);
  return key.includes("[") || key.includes("]") ? undefined : key;
}

function arrayAt(params: QueryHash, key: string): QueryValue[] {
  const existing = params[key];
  if (existing === undefined || existing === null) {
    const list: QueryValue[] = [];
    params[key] = list;
    return list;
  }
  if (!Array.isArray(existing)) {
    throw invalid(`expected Array (got ${rubyClassName(existing)}) for param \`${key}'`);
  }
  return existing;
}

/** Rails' `params_hash_has_key?`: whether the bracketed path `key` already leads somewhere in `hash`. */
function hashHasKey(hash: QueryHash, key: string): boolean {
  if (key.includes("[]")) {
    return false;
  }
  let current: QueryValue | undefined = hash;
  for (const part of key.split(/[[\]]+/)) {
    if (part === "") {
      continue;
    }
    if (!isQueryHash(current) || !Object.hasOwn(current, part)) {
      return false;
    }
    current = current[part];
  }
  return true;
}

function rubyClassName(value: QueryValue): string {
  if (typeof value === "string") {
    return "String";
  }
  return Array.isArray(value) ? "Array" : "ActiveSupport::HashWithIndifferentAccess";
}

const invalid = (message: string): RequestError =>
  new RequestError(400, [{ title: BAD_REQUEST_TITLE, detail: invalidQueryParameters(message) }]);

/**
 * `URI.decode_www_form_component` for a value decoded a second time (`filter[updated_since]`): `+` is a space,
 * `%XX` a byte. Undefined where Ruby raises (a `%` without two hex digits) or the bytes are not UTF-8.
 */
export function decodeFormComponent(text: string): string | undefined {
  if (MALFORMED_ESCAPE.test(text)) {
    return undefined;
  }
  const spaced = text.replaceAll("+", " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return undefined;
  }
}
