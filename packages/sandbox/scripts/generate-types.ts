/**
 * Generates the sandbox's own types from the project's specs: the ECF spec's `paths` behind `@lpkit/sandbox/msw`'s
 * typed overrides, and the control API's (`spec/sandbox-v1.yaml`) behind `createControlClient`.
 *
 * Run with `pnpm --filter @lpkit/sandbox generate` (or `pnpm generate` at the root). Why the sandbox generates its
 * own copies rather than importing the SDK's: docs/decisions/msw-paths-types.md. The staleness test
 * (test/generated-types.test.ts) calls {@link generateSandboxTypes} for each document and compares, so no
 * committed file can drift from its spec.
 */
import { writeFile } from "node:fs/promises";
import openapiTS, { astToString, type OpenAPITSOptions } from "openapi-typescript";

/** One spec of `spec/` and the `.gen.ts` file its types are committed to. */
export interface GeneratedDocument {
  /** The spec's name, e.g. `ecf-v3` for `spec/ecf-v3.yaml`. */
  readonly name: string;
  readonly spec: URL;
  /** `*.gen.ts`: Biome leaves generated files alone. */
  readonly output: URL;
}

function document(name: string, folder: string): GeneratedDocument {
  return {
    name,
    // The project's own specs, never DfE's copies.
    spec: new URL(`../../../spec/${name}.yaml`, import.meta.url),
    output: new URL(`../src/${folder}/generated/${name}.gen.ts`, import.meta.url),
  };
}

/** The ECF API's `paths`, for the MSW adapter's typed overrides. */
export const ecfDocument = document("ecf-v3", "msw");

/** The control API's `paths` and schemas, for the fetch-based control client. */
export const controlDocument = document("sandbox-v1", "control-client");

/**
 * The NPQ API's schemas, for the control client's NPQ fixtures: the control API's document describes them by their
 * envelope only, as the two APIs' documents share schema names that would collide in one generated file.
 */
export const npqDocument = document("npq-v3", "control-client");

export const generatedDocuments: readonly GeneratedDocument[] = [ecfDocument, controlDocument, npqDocument];

/**
 * The SDK's options (docs/decisions/sdk-type-generation.md) minus its root-type aliases and enum value arrays:
 * only types are needed, and no runtime value should reach the published entries from here.
 */
export const generatorOptions = {
  // Query parameters with a `default` (page, per_page) stay optional, as in the SDK.
  defaultNonNullable: false,
  alphabetize: true,
  silent: true,
} as const satisfies OpenAPITSOptions;

function header(name: string): string {
  return `/**
 * Generated from spec/${name}.yaml by openapi-typescript (packages/sandbox/scripts/generate-types.ts).
 * Do not edit: run \`pnpm --filter @lpkit/sandbox generate\` after changing the spec.
 */

`;
}

/** The TypeScript source of one generated file. */
export async function generateSandboxTypes(target: GeneratedDocument = ecfDocument): Promise<string> {
  // The URL rather than the text, as the SDK's generator does: a `$ref` into a sibling document resolves against it.
  const ast = await openapiTS(target.spec, generatorOptions);
  return header(target.name) + astToString(ast);
}

if (import.meta.main) {
  for (const target of generatedDocuments) {
    await writeFile(target.output, await generateSandboxTypes(target));
    process.stdout.write(`Wrote ${target.output.pathname}\n`);
  }
}
