import { describe, expect, it } from "vitest";
import { castUuid } from "../../src/rules/uuid-cast.ts";

const ID = "4f0b6c7e-8d1a-4a57-9f0e-0c5e2b1f7a11";

describe("castUuid", () => {
  it.each([ID, ID.toUpperCase(), ID.replaceAll("-", ""), `{${ID}}`, "4f0b-6c7e-8d1a-4a57-9f0e-0c5e-2b1f-7a11"])(
    "reads %s as the canonical id",
    (value) => {
      expect(castUuid(value)).toBe(ID);
    },
  );

  it.each([
    ` ${ID}`,
    `${ID}\n`,
    `{${ID}`,
    `${ID}}`,
    ID.slice(1),
    `${ID}.json`,
    "4f0b6c7e--8d1a-4a57-9f0e-0c5e2b1f7a11",
  ])("casts %j to nothing", (value) => {
    expect(castUuid(value)).toBeNull();
  });
});
