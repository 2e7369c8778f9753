import { describe, expect, it } from "vitest";
import { coalesce, reconnectDelayMs, type Clock } from "./coalesce";

function fakeClock() {
  let now = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
  };
  return { clock, advance };
}

describe("coalescing a board's refreshes", () => {
  it("lets the first change through at once and at most one more per second, however many arrive", () => {
    const { clock, advance } = fakeClock();
    let fired = 0;
    const c = coalesce(() => fired++, 1000, clock);
    c.trigger();
    expect(fired).toBe(1);
    for (let i = 0; i < 500; i++) {
      c.trigger();
      advance(1);
    }
    // 500 changes over 0.5 s: one refresh at once, one when the second is up.
    expect(fired).toBe(1);
    advance(500);
    expect(fired).toBe(2);
    advance(5000);
    expect(fired).toBe(2);
    c.trigger();
    expect(fired).toBe(3);
  });

  it("sends nothing after it is cancelled", () => {
    const { clock, advance } = fakeClock();
    let fired = 0;
    const c = coalesce(() => fired++, 1000, clock);
    c.trigger();
    c.trigger();
    c.cancel();
    advance(2000);
    expect(fired).toBe(1);
  });
});

describe("reconnecting", () => {
  it("waits 1, 2, 4 … seconds, never more than 30", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map(reconnectDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });
});
