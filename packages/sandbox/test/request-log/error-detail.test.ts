import { describe, expect, it } from "vitest";
import { errorDetailOf } from "../../src/request-log/error-detail.ts";

describe("errorDetailOf", () => {
  it.each([
    ['{"errors":[{"title":"a","detail":"first"},{"title":"b","detail":"second"}]}', "first"],
    ['{"error":"HTTP Token: Access denied"}', "HTTP Token: Access denied"],
    ["Retry later\n", "Retry later"],
    ["first line\nsecond line", "first line"],
    ['{"errors":[{"title":"a","detail":"with\\u001b[31m escape\\nand newline"}]}', "with [31m escape and newline"],
  ])("reads %s as %s", (text, detail) => {
    expect(errorDetailOf(text)).toBe(detail);
  });

  it.each([[""], ["  \n"], ["null"], ["[1]"], ['{"errors":[]}'], ['{"errors":[{"detail":3}]}'], ['"text"']])(
    "finds no detail in %s",
    (text) => {
      expect(errorDetailOf(text)).toBeUndefined();
    },
  );

  it("keeps at most 500 characters", () => {
    expect(errorDetailOf("x".repeat(2000))).toHaveLength(500);
  });
});
