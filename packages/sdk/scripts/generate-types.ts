/**
 * Generates the SDK's types from the project's OpenAPI documents: the ECF and NPQ Lead Provider APIs and the
 * sandbox's control API.
 *
 * Run with `pnpm --filter @lpkit/sdk generate` (or `pnpm generate` at the root). The flags are chosen in
 * `docs/decisions/sdk-type-generation.md`; the staleness test in `test/generated-types.test.ts` calls
 * {@link generateTypes} with the same options for every document, so no committed file can drift from its spec.
 */
import { writeFile } from "node:fs/promises";
import openapiTS, { astToString, type OpenAPITSOptions } from "openapi-typescript";

/** One OpenAPI document of `spec/` and the file its types are committed to. */
export interface GeneratedDocument {
  /** The document's name, e.g. `ecf-v3`: `spec/<name>.yaml` becomes `src/generated/<name>.ts`. */
  readonly name: string;
  readonly spec: URL;
  readonly output: URL;
}

function document(name: string): GeneratedDocument {
  return {
    name,
    // The project's own specs, never DfE's copies.
    spec: new URL(`../../../spec/${name}.yaml`, import.meta.url),
    // Biome ignores this folder.
    output: new URL(`../src/generated/${name}.ts`, import.meta.url),
  };
}

/** The ECT/mentor Lead Provider API v3. */
export const ecfDocument = document("ecf-v3");

/** The NPQ Lead Provider API v3. */
export const npqDocument = document("npq-v3");

/** The sandbox's control API (`/__sandbox`). */
export const sandboxDocument = document("sandbox-v1");

/** Every document the SDK is generated from. */
export const generatedDocuments: readonly GeneratedDocument[] = [ecfDocument, npqDocument, sandboxDocument];

/** The generator options; each one is justified in docs/decisions/sdk-type-generation.md. */
export const generatorOptions = {
  // `Participant` instead of `components["schemas"]["Participant"]`, with the spec's own spelling.
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  rootTypesKeepCasing: true,
  // Unions for enums, plus `as const`-like value arrays for runtime checks (no TS `enum` objects).
  enumValues: true,
  // Query parameters with a `default` (page, per_page) stay optional: by default openapi-typescript makes any
  // property with a default required, which is right for responses but wrong for what the caller sends.
  defaultNonNullable: false,
  // Not `immutable`: openapi-fetch's `Readable<T>` turns readonly arrays into non-iterable objects.
  // Stable, reviewable diffs when the spec is reordered.
  alphabetize: true,
  silent: true,
} as const satisfies OpenAPITSOptions;

function header(name: string): string {
  return `/**
 * Generated from spec/${name}.yaml by openapi-typescript (packages/sdk/scripts/generate-types.ts).
 * Do not edit: run \`pnpm --filter @lpkit/sdk generate\` after changing the spec.
 */

`;
}

/** Renders the TypeScript source of a document. */
export async function generateTypes(target: GeneratedDocument = ecfDocument): Promise<string> {
  // The document's URL, not its text: the control API's `$ref`s into `ecf-v3.yaml` resolve against it, and the
  // ECF schemas they name are generated into the control API's types under their ECF names.
  const ast = await openapiTS(target.spec, generatorOptions);
  return header(target.name) + astToString(ast);
}

if (import.meta.main) {
  for (const target of generatedDocuments) {
    await writeFile(target.output, await generateTypes(target));
    process.stdout.write(`Wrote ${target.output.pathname}\n`);
  }
}
