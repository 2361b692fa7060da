import { describe, expect, it } from "vitest";
import { SandboxClock } from "../../src/clock/sandbox-clock.ts";

function fakeTime(start: number) {
  let now = start;
  return { read: () => now, advance: (ms: number) => (now += ms) };
}

describe("SandboxClock", () => {
  it("follows real time by default", () => {
    const time = fakeTime(Date.UTC(2025, 9, 1, 9, 30));
    const clock = new SandboxClock(time.read);
    expect(clock.state()).toEqual({ now: new Date("2025-10-01T09:30:00Z"), frozen: false });
    time.advance(1000);
    expect(clock.now().toISOString()).toBe("2025-10-01T09:30:01.000Z");
  });

  it("stands still when frozen", () => {
    const time = fakeTime(Date.UTC(2025, 9, 1));
    const clock = new SandboxClock(time.read);
    clock.freeze(new Date("2024-01-01T00:00:00Z"));
    time.advance(60_000);
    expect(clock.state()).toEqual({ now: new Date("2024-01-01T00:00:00Z"), frozen: true });
  });

  it("runs from a travelled-to instant, and returns to real time when released", () => {
    const time = fakeTime(Date.UTC(2025, 9, 1));
    const clock = new SandboxClock(time.read);
    clock.travel(new Date("2030-01-01T00:00:00Z"));
    time.advance(5000);
    expect(clock.state()).toEqual({ now: new Date("2030-01-01T00:00:05Z"), frozen: false });
    clock.release();
    expect(clock.now().getTime()).toBe(time.read());
  });
});
