import { describe, expect, it } from "vitest";
import { csvDocument, csvField, csvRecord } from "../../src/payments/csv.ts";

describe("CSV (RFC 4180)", () => {
  it("leaves plain fields as they are", () => {
    expect(csvField("abc-123")).toBe("abc-123");
    expect(csvField(-150)).toBe("-150");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(false)).toBe("false");
  });

  it("quotes fields holding a comma, a quote, CR or LF, doubling inner quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("line\r\nbreak")).toBe('"line\r\nbreak"');
    expect(csvField("cr\ronly")).toBe('"cr\ronly"');
    expect(csvField("lf\nonly")).toBe('"lf\nonly"');
    expect(csvField('"')).toBe('""""');
  });

  it("ends every record with CRLF", () => {
    expect(csvRecord(["a", "b,c", null])).toBe('a,"b,c",\r\n');
    expect(
      csvDocument(
        ["x", "y"],
        [
          ["1", "2"],
          ["3", '"4"'],
        ],
      ),
    ).toBe('x,y\r\n1,2\r\n3,"""4"""\r\n');
    expect(csvDocument(["x"], [])).toBe("x\r\n");
  });
});
