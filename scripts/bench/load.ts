// A closed-loop load generator: `clients` loops, each sending its next request as soon as the last one
// was answered, for a fixed time after a short warm-up. Returns throughput and latency percentiles.
import { performance } from "node:perf_hooks";

export interface LoadFigures {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** `send(client, n)` answers true when the request succeeded as a user would need it to. */
export async function closedLoop(
  clients: number,
  seconds: number,
  send: (client: number, n: number) => Promise<boolean>,
  warmUpSeconds = 2,
): Promise<LoadFigures> {
  const started = performance.now();
  const measureFrom = started + warmUpSeconds * 1000;
  const stopAt = measureFrom + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; performance.now() < stopAt; n++) {
        const sentAt = performance.now();
        let ok = false;
        try {
          ok = await send(client, n);
        } catch {}
        const answeredAt = performance.now();
        if (sentAt < measureFrom || answeredAt > stopAt) continue;
        latencies.push(answeredAt - sentAt);
        if (!ok) errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
