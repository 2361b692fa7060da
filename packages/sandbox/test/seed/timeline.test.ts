import { describe, expect, it } from "vitest";
import { Timeline } from "../../src/seed/timeline.ts";

describe("Timeline", () => {
  it("runs events by instant, ties in planning order, including events planned while running", () => {
    const timeline = new Timeline();
    const ran: string[] = [];
    timeline.at(30, "x", () => ran.push("c"));
    timeline.at(10, "x", () => {
      ran.push("a");
      timeline.at(20, "x", () => ran.push("b (planned by a)"));
      timeline.at(30, "x", () => ran.push("d (planned by a, after c)"));
    });
    timeline.at(50, "x", () => ran.push("too late"));
    timeline.run(40);
    expect(ran).toEqual(["a", "b (planned by a)", "c", "d (planned by a, after c)"]);
  });

  it("gives the order a stable sort by (instant, planning order) gives, for many random plans", () => {
    let state = 12_345;
    const random = (below: number): number => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state % below;
    };
    for (let plan = 0; plan < 50; plan++) {
      const instants = Array.from({ length: random(400) }, () => random(51));
      const timeline = new Timeline();
      const ran: number[] = [];
      instants.forEach((at, index) => {
        timeline.at(at, "x", () => ran.push(index));
      });
      timeline.run(40);
      const expected = instants
        .map((at, index) => ({ at, index }))
        .filter(({ at }) => at <= 40)
        .sort((a, b) => a.at - b.at || a.index - b.index)
        .map(({ index }) => index);
      expect(ran).toEqual(expected);
    }
  });
});
