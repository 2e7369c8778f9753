// The bcrypt work of lib/auth/password.ts, on a worker thread of lib/auth/bcrypt-pool.ts: one job at a
// time, so the synchronous calls (faster than bcryptjs' sliced async ones) block only this thread.
// Plain JavaScript, so that Node runs it as it is under vitest and tsx; Turbopack bundles it (with
// bcryptjs) for the production server, from the `new Worker(new URL(…, import.meta.url))` that names it.
import { parentPort } from "node:worker_threads";
import bcrypt from "bcryptjs";

parentPort.on("message", (job) => {
  try {
    const result =
      job.op === "hash" ? bcrypt.hashSync(job.password, job.cost) : bcrypt.compareSync(job.password, job.hash);
    parentPort.postMessage({ id: job.id, result });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});

parentPort.postMessage({ ready: true });
