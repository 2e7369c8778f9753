import "server-only";
import { sendDueReminders } from "@/lib/reminders/remind";
import { mailSender } from "@/lib/settings/data";
import { deliverDue, type MailTransport } from "./outbox";
import { createMailTransport } from "./transport";
import { mailWorkerTiming, workerDisabledReason } from "./worker-env";

// A small loop inside each server process (started by instrumentation.ts): every 30 s it sends the
// automatic reminders that are due, then the e-mails that are due. Several processes may run it at
// once: both steps claim their rows before acting (see deliverDue and sendDueReminders).

/** The first run waits a little (at most a round's interval), so a starting server answers requests first. */
const FIRST_RUN_MS = 5_000;

interface MailWorker {
  stop(): Promise<void>;
  nudge(): void;
}

// One per process, kept on globalThis: the dev server may evaluate this module more than once.
const state = globalThis as unknown as { hoinghiMailWorker?: MailWorker };

type Env = Record<string, string | undefined>;

/**
 * One round: reminders first, so the e-mails they queue go out in the same round. The sender is read
 * each round, so a change on the settings screen applies from the next one.
 */
export async function runMailRound(now: Date, transport: MailTransport | null, env: Env = process.env) {
  const reminders = await sendDueReminders(now);
  const delivery = transport
    ? await deliverDue(now, transport, {
        batch: 50,
        leaseMs: mailWorkerTiming(env).leaseMs,
        from: await mailSender(env),
      })
    : null;
  return { reminders, delivery };
}

/** Starts the loop once per process; returns null where it must not run. */
export function startMailWorker({
  env = process.env,
  intervalMs = mailWorkerTiming(env).intervalMs,
}: { intervalMs?: number; env?: Env } = {}): MailWorker | null {
  if (state.hoinghiMailWorker) return state.hoinghiMailWorker;
  const disabled = workerDisabledReason(env);
  if (disabled) {
    console.info(`mail worker: not started (${disabled})`);
    return null;
  }
  const transport = createMailTransport(env);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    // unref: a pending round never keeps the process alive on shutdown.
    timer = setTimeout(run, ms);
    timer.unref();
  };
  async function run() {
    timer = null;
    if (stopped || running) return;
    running = runMailRound(new Date(), transport, env).then(
      (r) => {
        if (r.reminders.reminded || r.delivery?.sent || r.delivery?.failed || r.delivery?.retrying)
          console.info("mail worker:", JSON.stringify(r));
      },
      (error: unknown) => console.error("mail worker: round failed", error),
    );
    await running;
    running = null;
    if (!stopped) schedule(intervalMs);
  }

  const worker: MailWorker = {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
      transport?.close();
      if (state.hoinghiMailWorker === worker) delete state.hoinghiMailWorker;
    },
    nudge() {
      if (!stopped && !running) schedule(0);
    },
  };
  state.hoinghiMailWorker = worker;
  // Next's own handlers end the process on these signals; stopping here only keeps a new round from starting.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void worker.stop());
  schedule(Math.min(FIRST_RUN_MS, intervalMs));
  console.info(
    `mail worker: started (${transport ? "sending through SMTP_URL" : "no SMTP_URL: e-mails stay in the outbox"})`,
  );
  return worker;
}

/** Stops this process's loop, waiting for a round in progress to finish. */
export async function stopMailWorker(): Promise<void> {
  await state.hoinghiMailWorker?.stop();
}

/** Runs a round soon (after an administrator's retry) if the loop runs in this process. */
export function nudgeMailWorker(): void {
  state.hoinghiMailWorker?.nudge();
}
