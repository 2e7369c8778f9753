// Property-based fuzzing of every server action's input (lib/security/hostile-input.ts), as the least
// privileged caller the matrix allows, on a scene of its own: whatever comes in, the answer is success
// or a message of the catalogue, never an unexpected error; a refusal writes nothing at all; and what a
// success stores is clean text (NFC, no control characters).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { installWriteJournal, journalMark, readWritten, writtenSince, type Written } from "@/lib/testing/write-journal";
import { ACTION_MATRIX, casesOf } from "./action-matrix";
import { hostileExamples, hostileInputs, textProblems } from "./hostile-input";
import { callAction, inCatalogue, isBookkeeping } from "./probe";
import { serverActions } from "./surface";
import { ACTORS, buildWorld, type World } from "./world";

// A case calls its action as every kind of caller, comparing database dumps; cases that check passwords
// (bcrypt, cost 11, for each caller) took up to 27 s on a loaded 2-core machine: room beyond the default.
vi.setConfig({ testTimeout: 120_000 });

/** Random inputs tried per case of an action, after the fixed examples. */
const RUNS = 30;

const actions = await serverActions();
let world: World;
const figures = { actions: 0, cases: 0, runs: 0, succeeded: 0, refused: 0 };

beforeAll(async () => {
  world = await buildWorld();
  await installWriteJournal();
}, 300_000);

afterAll(async () => {
  await world?.close();
  console.log(
    `input fuzz: ${figures.actions} server actions, ${figures.cases} cases, ${figures.runs} hostile inputs tried, ` +
      `${figures.refused} refused with a catalogue message and nothing written, ${figures.succeeded} accepted with clean text stored`,
  );
});

/** The rows written but those a refusal may write (probe.ts's BOOKKEEPING): a throttle count, an audit of the attempt. */
async function dataWritten(written: Written[]): Promise<Written[]> {
  const out: Written[] = [];
  for (const w of written) {
    if (isBookkeeping(w.table, null)) continue;
    if (w.table === "AuditLog") {
      const rows = await readWritten([w]);
      if (rows.length && rows.every(({ table, row }) => isBookkeeping(table, row))) continue;
    }
    out.push(w);
  }
  return out;
}

describe("every server action takes any input in its stride", () => {
  for (const { name, action } of actions) {
    it(name, async () => {
      const entry = ACTION_MATRIX[name];
      if (!entry) throw new Error(`${name} has no entry in lib/security/action-matrix.ts`);
      figures.actions++;
      for (const c of casesOf(entry)) {
        figures.cases++;
        const allowed = c.allowed === "anyone" ? ACTORS : c.allowed;
        const actor = allowed.at(-1)!;
        const valid = await c.input(world.scene(), actor);
        const examples = hostileExamples(valid).map((example) => [example] as [unknown]);
        await fc.assert(
          fc.asyncProperty(hostileInputs(valid), async (input) => {
            figures.runs++;
            const mark = await journalMark();
            const outcome = await callAction(world, actor, action, input);
            const written = await writtenSince(mark);
            if (c.ownAccount) await world.restore(actor);
            if (outcome.ok === false) {
              figures.refused++;
              expect(outcome.message).not.toBe("errors.unexpected");
              const keys = new Set([outcome.message, ...Object.values(outcome.fieldErrors ?? {})]);
              expect([...keys].filter((key) => !inCatalogue(key))).toEqual([]);
              expect(await dataWritten(written), `refused with ${outcome.message} but wrote`).toEqual([]);
            } else {
              figures.succeeded++;
              const stored = await readWritten(written);
              expect(stored.flatMap(({ table, row }) => textProblems(row, table))).toEqual([]);
            }
          }),
          // fast-check counts the examples among the runs.
          { numRuns: examples.length + RUNS, examples },
        );
      }
    });
  }
});
