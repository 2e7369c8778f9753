import { describe, expect, it } from "vitest";
import { DraftVersion } from "./draft-version";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const saved = (minutesVersion: number) => ({ ok: true as const, data: { minutesVersion } });

describe("DraftVersion", () => {
  it("makes a submission wait for the save under way and name the version that save produced", async () => {
    const draft = new DraftVersion(4);
    const save = deferred<ReturnType<typeof saved>>();
    void draft.write(save.promise);
    let named: number | undefined;
    const submission = draft.settled().then((v) => (named = v));
    await Promise.resolve();
    expect(named).toBeUndefined(); // still waiting for the save
    save.resolve(saved(5));
    await submission;
    expect(named).toBe(5);
  });

  it("keeps the version when a save is refused or fails, and still lets the submission go on", async () => {
    const draft = new DraftVersion(4);
    void draft.write(Promise.resolve({ ok: false as const }));
    void draft.track(Promise.reject(new Error("network")).catch(() => undefined));
    expect(await draft.settled()).toBe(4);
  });

  it("never goes back to an older version brought by a late page refresh", async () => {
    const draft = new DraftVersion(4);
    await draft.write(Promise.resolve(saved(7)));
    draft.seen(5);
    expect(await draft.settled()).toBe(7);
    draft.seen(9);
    expect(await draft.settled()).toBe(9);
  });

  it("does not wait for writes started after it, so a write that waits for it cannot wait for itself", async () => {
    const draft = new DraftVersion(1);
    const header = draft.write(draft.settled().then((version) => saved(version + 1)));
    expect(await header).toEqual(saved(2));
    expect(await draft.settled()).toBe(2);
  });
});
