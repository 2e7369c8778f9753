// A board re-renders itself from the server on every "change"; a burst of 500 answers must not cost 500
// renders per open board. A coalescer lets the first change through, then at most one more per interval,
// carrying every change that arrived meanwhile.

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function coalesce(fire: () => void, intervalMs: number, clock: Clock = systemClock) {
  let last = -Infinity;
  let pending: unknown = null;
  const run = () => {
    pending = null;
    last = clock.now();
    fire();
  };
  return {
    /** A change arrived. */
    trigger() {
      if (pending !== null) return;
      const wait = last + intervalMs - clock.now();
      if (wait <= 0) run();
      else pending = clock.setTimeout(run, wait);
    },
    cancel() {
      if (pending !== null) clock.clearTimeout(pending);
      pending = null;
    },
  };
}

/** Reconnection delays: 1, 2, 4 … seconds, at most 30. */
export function reconnectDelayMs(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, Math.min(failures - 1, 10)));
}
