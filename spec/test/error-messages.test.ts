import { describe, expect, it } from "vitest";
import {
  ecfErrorMessages,
  ecfRateLimitBody,
  ecfUnauthorizedError,
  placeholderPatterns,
} from "./fixtures/ecf-error-messages.ts";
import { collectExamples } from "./support/collect-examples.ts";
import { collectStrings, ecfSpecPath, isJsonObject, readYamlObject } from "./support/documents.ts";

const document = readYamlObject(ecfSpecPath);
const descriptions = collectStrings(document, "description").join("\n");

/** One of the service's messages as a pattern matching its real instances (placeholders filled with real values). */
function messagePattern(message: string): RegExp {
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let pattern = escapeRegExp(message);
  for (const [placeholder, valuePattern] of Object.entries(placeholderPatterns)) {
    pattern = pattern.replace(escapeRegExp(placeholder), valuePattern);
  }
  return new RegExp(`^${pattern}$`);
}

describe("error messages in ecf-v3.yaml", () => {
  // Quoting in backticks keeps a message from hiding inside a longer one: the clawback message without its final
  // full stop must appear on its own, not only as the start of the one with it.
  it.each(ecfErrorMessages.map(({ section, message }) => [section, message]))(
    "§%s `%s` is stated in a description",
    (_section, message) => {
      expect(descriptions).toContain(`\`${message}\``);
    },
  );

  it("every error detail in an example is one of the service's messages", () => {
    const patterns = ecfErrorMessages.map(({ message }) => messagePattern(message));
    // The kit sandbox's own 429 body is the one error that is not the service's.
    const serviceExamples = collectExamples(document).filter(
      (example) => !example.where.startsWith("#/components/responses/TooManyRequests/"),
    );
    const details = serviceExamples.flatMap((example) => {
      const value = example.value;
      if (!isJsonObject(value) || !Array.isArray(value.errors)) {
        return [];
      }
      return value.errors.flatMap((error) =>
        isJsonObject(error) ? [{ where: example.where, title: error.title, detail: error.detail }] : [],
      );
    });
    expect(details.length).toBeGreaterThan(10);
    const unknown = details.filter(
      ({ detail }) => typeof detail !== "string" || !patterns.some((pattern) => pattern.test(detail)),
    );
    expect(unknown).toEqual([]);
  });

  it("gives the exact 401 and 429 bodies", () => {
    expect(descriptions).toContain(`{"error":"${ecfUnauthorizedError}"}`);
    expect(JSON.stringify(document.components)).toContain(`"const":"${ecfUnauthorizedError}"`);
    expect(descriptions).toContain(`\`${ecfRateLimitBody}\``);
  });
});
