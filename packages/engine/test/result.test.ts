import { describe, expect, it } from "vitest";
import { ValidationErrors } from "../src/result.ts";

describe("ValidationErrors", () => {
  it("groups messages per attribute in order of first error and drops duplicates", () => {
    const errors = new ValidationErrors();
    errors.add("declaration_date", "a");
    errors.add("participant_id", "b");
    errors.add("declaration_date", "c");
    errors.add("declaration_date", "a");
    expect(errors.toErrors()).toEqual([
      { title: "declaration_date", detail: "a" },
      { title: "declaration_date", detail: "c" },
      { title: "participant_id", detail: "b" },
    ]);
    expect(errors.has("participant_id", "cohort")).toBe(true);
    expect(errors.has("cohort")).toBe(false);
  });
});
