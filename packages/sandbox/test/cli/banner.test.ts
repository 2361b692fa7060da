import { describe, expect, it } from "vitest";
import { banner } from "../../src/cli/banner.ts";
import { internalControl } from "../../src/create-sandbox.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

describe("the CLI's banner", () => {
  it("lists the finance dashboard while it is on, and not when a control token switches it off", async () => {
    const control = internalControl(testSandbox().sandbox);
    const summary = await control.summary();
    const print = (financeDashboard: boolean) =>
      banner("http://127.0.0.1:4010", summary, control.leadProviders(), control.npqLeadProviders(), {
        financeDashboard,
      });
    expect(print(true)).toContain("  Finance dashboard        http://127.0.0.1:4010/finance\n");
    expect(print(false)).not.toContain("/finance");
  });
});
