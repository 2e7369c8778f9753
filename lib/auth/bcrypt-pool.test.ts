import bcrypt from "bcryptjs";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { BcryptPool, bcryptThreads } from "./bcrypt-pool";
import { hashPassword, verifyAgainstDecoy, verifyPassword } from "./password";

// The real workers (lib/auth/bcrypt-worker.mjs) at the real cost: these tests are about behaviour, and
// every bound on time is one ordering (a timer before a check), never a duration.
describe("passwords through the worker pool", () => {
  it("hashes in bcrypt's format at cost 11 and verifies the right password only", async () => {
    const hash = await hashPassword("Mật khẩu đúng 2026");
    expect(hash).toMatch(/^\$2[ab]\$11\$.{53}$/);
    expect(await verifyPassword("Mật khẩu đúng 2026", hash)).toBe(true);
    expect(await verifyPassword("mật khẩu sai", hash)).toBe(false);
  });

  it("keeps accepting the hashes already stored (made on the main thread by bcryptjs)", async () => {
    const stored = bcrypt.hashSync("hoinghi-demo", 4);
    expect(await verifyPassword("hoinghi-demo", stored)).toBe(true);
    expect(await verifyPassword("hoinghi-dem0", stored)).toBe(false);
    // And what the pool makes, bcryptjs on this thread accepts.
    expect(bcrypt.compareSync("hoinghi-demo", await hashPassword("hoinghi-demo"))).toBe(true);
  });

  it("checks an unknown account's password against a decoy, refusing it", async () => {
    expect(await verifyAgainstDecoy("anything")).toBe(false);
  });

  it("completes several checks at once, each with its own answer", async () => {
    const hash = await hashPassword("đồng thời");
    const tries = ["đồng thời", "sai 1", "đồng thời", "sai 2", "đồng thời", "sai 3"];
    expect(await Promise.all(tries.map((p) => verifyPassword(p, hash)))).toEqual(tries.map((p) => p === "đồng thời"));
  });

  it("leaves the event loop free while a check runs: timers keep firing until it ends", async () => {
    const hash = await hashPassword("vòng lặp");
    // A 5 ms timer during a ≥ 0.15 s check. On the main thread bcryptjs blocks it ~100 ms at a time
    // (2 ticks in a whole check); on a worker it ticks all along. The bound is an ordering and a count
    // far below what a free loop gives, so a busy machine cannot make it fail.
    const order: string[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const check = verifyPassword("vòng lặp", hash).then((ok) => order.push(`check ${ok}`));
    await new Promise<void>((resolve) => setTimeout(() => (order.push("timer"), resolve()), 20));
    await check;
    clearInterval(timer);
    expect(order).toEqual(["timer", "check true"]);
    expect(ticks).toBeGreaterThanOrEqual(6);
  });
});

describe("the pool", () => {
  const pools: BcryptPool[] = [];
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  it("queues the jobs beyond its size and answers them all", async () => {
    const pool = new BcryptPool(1);
    pools.push(pool);
    const hash = bcrypt.hashSync("xếp hàng", 4);
    const answers = Promise.all(
      [1, 2, 3, 4].map((n) => pool.run({ op: "compare", password: n % 2 ? "xếp hàng" : "không", hash })),
    );
    expect(pool.waiting).toBe(3);
    expect(await answers).toEqual([true, false, true, false]);
    expect(pool.waiting).toBe(0);
  });

  it("refuses the job of a worker that died and replaces it for the next", async () => {
    let started = 0;
    const pool = new BcryptPool(1, () =>
      started++
        ? new Worker(new URL("./bcrypt-worker.mjs", import.meta.url))
        : new Worker(
            "const port = require('node:worker_threads').parentPort;" +
              "port.postMessage({ ready: true }); port.on('message', () => process.exit(3));",
            { eval: true },
          ),
    );
    pools.push(pool);
    const hash = bcrypt.hashSync("thay thế", 4);
    await expect(pool.run({ op: "compare", password: "thay thế", hash })).rejects.toThrow(/exited \(3\)/);
    expect(await pool.run({ op: "compare", password: "thay thế", hash })).toBe(true);
    expect(started).toBe(2);
  });

  it("still checks passwords, on this thread, when no worker can start", async () => {
    const pool = new BcryptPool(2, () => new Worker("/nonexistent/bcrypt-worker.mjs"));
    pools.push(pool);
    const hash = bcrypt.hashSync("dự phòng", 4);
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(await pool.run({ op: "compare", password: "dự phòng", hash })).toBe(true);
      expect(await pool.run({ op: "compare", password: "sai", hash })).toBe(false);
    } finally {
      console.error = quiet;
    }
  });
});

describe("the number of threads", () => {
  it("is one fewer than the cores, at least one, unless HOINGHI_BCRYPT_THREADS says", () => {
    expect(bcryptThreads({}, 8)).toBe(7);
    expect(bcryptThreads({}, 2)).toBe(1);
    expect(bcryptThreads({}, 1)).toBe(1);
    expect(bcryptThreads({ HOINGHI_BCRYPT_THREADS: " 3 " }, 2)).toBe(3);
    expect(bcryptThreads({ HOINGHI_BCRYPT_THREADS: "0" }, 2)).toBe(0);
    expect(() => bcryptThreads({ HOINGHI_BCRYPT_THREADS: "1.5" })).toThrow(/HOINGHI_BCRYPT_THREADS/);
    expect(() => bcryptThreads({ HOINGHI_BCRYPT_THREADS: "-1" })).toThrow(/HOINGHI_BCRYPT_THREADS/);
  });

  it("0 checks on this thread, starting no worker", async () => {
    let started = 0;
    const pool = new BcryptPool(0, () => {
      started++;
      return new Worker(new URL("./bcrypt-worker.mjs", import.meta.url));
    });
    const hash = bcrypt.hashSync("luồng chính", 4);
    expect(await pool.run({ op: "compare", password: "luồng chính", hash })).toBe(true);
    expect(started).toBe(0);
  });
});
