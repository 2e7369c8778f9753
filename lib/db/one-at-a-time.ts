import type { IsolationLevel, SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

// better-sqlite3 gives the process one connection, and Prisma's adapter serialises transactions only
// against each other: a query outside a transaction runs on the same connection even while one is open,
// so it lands inside that transaction — acknowledged, then lost if the transaction rolls back, and any
// read sees uncommitted rows. This wrapper makes every statement outside a transaction wait until no
// transaction is open, and a transaction wait for the statements queued before it.

type Release = () => void;

export function oneAtATime(adapter: SqlDriverAdapter): SqlDriverAdapter {
  let tail: Promise<void> = Promise.resolve();
  /** Resolves once everything queued before has finished; the caller then holds the connection until it releases. */
  const acquire = (): Promise<Release> => {
    let release!: Release;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = tail;
    tail = tail.then(() => held);
    return ready.then(() => release);
  };
  const exclusive = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await acquire();
    try {
      return await run();
    } finally {
      release();
    }
  };
  return new Proxy(adapter, {
    get(target, property) {
      switch (property) {
        case "queryRaw":
          return (query: SqlQuery) => exclusive(() => target.queryRaw(query));
        case "executeRaw":
          return (query: SqlQuery) => exclusive(() => target.executeRaw(query));
        case "executeScript":
          return (script: string) => exclusive(() => target.executeScript(script));
        case "startTransaction":
          return async (isolationLevel?: IsolationLevel) => {
            const release = await acquire();
            try {
              return heldUntilItEnds(await target.startTransaction(isolationLevel), release);
            } catch (error) {
              release();
              throw error;
            }
          };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The transaction, giving the connection back when it commits or rolls back. */
function heldUntilItEnds(transaction: Transaction, release: Release): Transaction {
  let ended = false;
  const end = (finish: () => Promise<void>) => async () => {
    try {
      await finish();
    } finally {
      if (!ended) {
        ended = true;
        release();
      }
    }
  };
  return new Proxy(transaction, {
    get(target, property) {
      if (property === "commit") return end(() => target.commit());
      if (property === "rollback") return end(() => target.rollback());
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
