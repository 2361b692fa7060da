/**
 * A document of `spec/` may `$ref` the components of a sibling document (the control API reuses the ECF API's
 * `Participant` and `Statement`). Served on its own, such a reference points at a file the browser cannot fetch, so
 * the served document carries copies of the components it references instead (Redocly's "bundle", done here
 * because the sandbox should not ship a bundler).
 */

type JsonObject = Record<string, unknown>;

/** Reads a sibling document by file name (`ecf-v3.yaml`), or undefined when there is none. */
export type SiblingReader = (file: string) => Promise<JsonObject | undefined>;

interface ComponentReference {
  readonly file: string;
  readonly kind: string;
  readonly name: string;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const SIBLING_COMPONENT = /^(?:\.\/)?([a-z0-9-]+\.yaml)#\/components\/([A-Za-z]+)\/([^/]+)$/;
const LOCAL_COMPONENT = /^#\/components\/([A-Za-z]+)\/([^/]+)$/;

/**
 * Rewrites every reference under `node` to a local one, calling `found` for each component it names. `file` is the
 * document `node` comes from: its local references name that document's components.
 */
function localise(node: unknown, file: string | undefined, found: (reference: ComponentReference) => void): unknown {
  if (Array.isArray(node)) {
    return node.map((item) => localise(item, file, found));
  }
  if (!isObject(node)) {
    return node;
  }
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    result[key] =
      key === "$ref" && typeof value === "string" ? localReference(value, file, found) : localise(value, file, found);
  }
  return result;
}

function localReference(ref: string, file: string | undefined, found: (reference: ComponentReference) => void): string {
  const sibling = SIBLING_COMPONENT.exec(ref);
  if (sibling !== null) {
    const [, siblingFile = "", kind = "", name = ""] = sibling;
    found({ file: siblingFile, kind, name });
    return `#/components/${kind}/${name}`;
  }
  const local = LOCAL_COMPONENT.exec(ref);
  if (local !== null && file !== undefined) {
    const [, kind = "", name = ""] = local;
    found({ file, kind, name });
    return ref;
  }
  if (!ref.startsWith("#")) {
    throw new Error(`Cannot bundle the reference ${ref}: only components of a sibling document can be referenced`);
  }
  return ref;
}

/**
 * The document with every component it references in a sibling document (and every component those reference in
 * turn) copied into its own `components`, and the references made local. A component name the document already
 * uses for something else is refused: the copy would silently replace it.
 */
export async function bundleSiblingReferences(document: JsonObject, readSibling: SiblingReader): Promise<JsonObject> {
  const pending: ComponentReference[] = [];
  const bundled = localise(document, undefined, (reference) => pending.push(reference)) as JsonObject;
  const components: Record<string, JsonObject> = {};
  for (const [kind, entries] of Object.entries(isObject(bundled.components) ? bundled.components : {})) {
    components[kind] = isObject(entries) ? { ...entries } : {};
  }

  const copied = new Map<string, string>();
  const siblings = new Map<string, JsonObject | undefined>();
  while (pending.length > 0) {
    const { file, kind, name } = pending.shift() as ComponentReference;
    const key = `${kind}/${name}`;
    const origin = copied.get(key);
    if (origin === file) {
      continue;
    }
    if (origin !== undefined || Object.hasOwn(components[kind] ?? {}, name)) {
      throw new Error(`Cannot bundle ${file}#/components/${key}: the document already has a component of that name`);
    }
    if (!siblings.has(file)) {
      siblings.set(file, await readSibling(file));
    }
    const sibling = siblings.get(file);
    const siblingComponents = isObject(sibling?.components) ? sibling.components : {};
    const component = isObject(siblingComponents[kind]) ? siblingComponents[kind][name] : undefined;
    if (component === undefined) {
      throw new Error(`Cannot bundle ${file}#/components/${key}: it does not exist`);
    }
    copied.set(key, file);
    components[kind] = {
      ...components[kind],
      [name]: localise(component, file, (reference) => pending.push(reference)),
    };
  }
  return copied.size === 0 ? bundled : { ...bundled, components };
}
