// bcrypt off the event loop. A check at cost 11 is ~0.15 s of CPU in pure JavaScript (bcryptjs); on the
// server's one thread, a burst of sign-ins would stall every other user's request behind it. A few worker
// threads (one fewer than the cores, at least one) take the jobs in turn; the rest wait in a queue, so
// the event loop only posts a message and is told the answer. Workers start on the first job and stay
// (idle ones do not keep a script's process alive); one that dies is replaced on the next job.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import bcrypt from "bcryptjs";

export type BcryptJob =
  { op: "hash"; password: string; cost: number } | { op: "compare"; password: string; hash: string };
type Answer = { id: number; result?: string | boolean; error?: string };

interface Pending {
  id: number;
  job: BcryptJob;
  resolve: (value: string | boolean) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
}

/**
 * How many worker threads check passwords: HOINGHI_BCRYPT_THREADS, by default one fewer than the cores
 * (at least one), so a burst of sign-ins leaves a core to everyone else. 0 checks them on the main
 * thread, as before the pool (for comparing, in `npm run bench:sign-in`).
 */
export function bcryptThreads(env: Record<string, string | undefined>, cores = availableParallelism()): number {
  const raw = env.HOINGHI_BCRYPT_THREADS?.trim();
  if (!raw) return Math.max(1, cores - 1);
  const threads = Number(raw);
  if (!Number.isInteger(threads) || threads < 0)
    throw new Error(`HOINGHI_BCRYPT_THREADS must be a whole number of threads ≥ 0, got "${raw}"`);
  return threads;
}

/** The worker's file: bundled by Turbopack in the production build, the source file under vitest and tsx. */
function startWorker(): Worker {
  return new Worker(new URL("./bcrypt-worker.mjs", import.meta.url));
}

export class BcryptPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  /** Set when a worker cannot even start: the jobs then run on this thread. */
  private broken: Error | null = null;

  constructor(
    /** 0: every job on this thread. */
    readonly size = bcryptThreads(process.env),
    private readonly spawn: () => Worker = startWorker,
  ) {}

  run(job: { op: "hash"; password: string; cost: number }): Promise<string>;
  run(job: { op: "compare"; password: string; hash: string }): Promise<boolean>;
  run(job: BcryptJob): Promise<string | boolean> {
    if (this.broken || this.size === 0) return inThread(job);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      try {
        this.dispatch();
      } catch (error) {
        this.fallBack(error instanceof Error ? error : new Error(String(error)), []);
      }
    });
  }

  /** No worker can start (its file missing): sign-ins must still work, on this thread, as before the pool. */
  private fallBack(error: Error, running: Pending[]): void {
    this.broken = error;
    console.error("bcrypt worker threads unavailable, hashing on the main thread:", error);
    for (const p of [...running, ...this.queue.splice(0)]) inThread(p.job).then(p.resolve, p.reject);
  }

  /** Jobs waiting for a free worker (not counting those being worked on). */
  get waiting(): number {
    return this.queue.length;
  }

  /** Stops every worker; jobs still waiting or running are refused. */
  async close(): Promise<void> {
    const error = new Error("the bcrypt pool was closed");
    for (const pending of this.queue.splice(0)) pending.reject(error);
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.busy?.reject(error);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.slots.find((s) => !s.busy) ?? (this.slots.length < this.size ? this.addSlot() : null);
      if (!slot) return;
      const pending = this.queue.shift()!;
      slot.busy = pending;
      slot.worker.ref();
      slot.worker.postMessage({ id: pending.id, ...pending.job });
    }
  }

  private addSlot(): Slot {
    const worker = this.spawn();
    const slot: Slot = { worker, busy: null };
    // The worker says it is ready once its file and bcryptjs are loaded.
    let ready = false;
    worker.on("message", (answer: Answer | { ready: true }) => {
      if ("ready" in answer) return void (ready = true);
      const pending = slot.busy;
      if (!pending || pending.id !== answer.id) return;
      slot.busy = null;
      worker.unref();
      if (answer.error !== undefined) pending.reject(new Error(answer.error));
      else pending.resolve(answer.result!);
      this.dispatch();
    });
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      const pending = slot.busy;
      slot.busy = null;
      // The worker never got ready (its file could not be loaded).
      if (!ready && !this.broken) return this.fallBack(error, pending ? [pending] : []);
      pending?.reject(error);
      this.dispatch();
    };
    worker.on("error", lost);
    worker.on("exit", (code) => lost(new Error(`the bcrypt worker exited (${code})`)));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }
}

function inThread(job: BcryptJob): Promise<string | boolean> {
  return job.op === "hash" ? bcrypt.hash(job.password, job.cost) : bcrypt.compare(job.password, job.hash);
}
