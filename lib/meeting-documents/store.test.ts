import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, describe, expect, it } from "vitest";
import { LocalStore, stage, type DocumentStore } from "./store";

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/**
 * The contract every DocumentStore keeps. It runs here against the local store; an S3-compatible
 * adapter runs the same function against its server.
 */
export function storeContract(name: string, make: () => DocumentStore) {
  describe(`${name}: the DocumentStore contract`, () => {
    it("stores a file under its SHA-256, once however often it is committed", async () => {
      const store = make();
      const body = "Báo cáo tổng kết năm 2022";
      const sha = createHash("sha256").update(body).digest("hex");
      const first = await stage(store, Readable.from([Buffer.from(body)]), { maxBytes: 1000 });
      expect(first).toMatchObject({ sha256: sha, size: Buffer.byteLength(body) });
      expect(await store.commit(first)).toEqual({ created: true });
      const again = await stage(store, Readable.from([Buffer.from(body)]), { maxBytes: 1000 });
      expect(await store.commit(again)).toEqual({ created: false });
      expect(existsSync(first.path) || existsSync(again.path)).toBe(false);
      expect(await store.size(sha)).toBe(Buffer.byteLength(body));
      expect(await text(await store.read(sha))).toBe(body);
    });

    it("reads a range, inclusive at both ends as HTTP counts", async () => {
      const store = make();
      const staged = await stage(store, Readable.from([Buffer.from("0123456789")]), { maxBytes: 100 });
      await store.commit(staged);
      expect(await text(await store.read(staged.sha256, { start: 2, end: 5 }))).toBe("2345");
    });

    it("refuses more than the limit while streaming and leaves nothing behind", async () => {
      const store = make();
      const chunks = Array.from({ length: 10 }, () => Buffer.alloc(1000, 1));
      await expect(stage(store, Readable.from(chunks), { maxBytes: 5000 })).rejects.toMatchObject({
        key: "meetingDocuments.errors.tooLarge.file",
      });
      expect(readdirSync(store.stagingDir())).toEqual([]);
    });

    it("answers null for the size of what it does not hold, and removes", async () => {
      const store = make();
      expect(await store.size("0".repeat(64))).toBeNull();
      const staged = await stage(store, Readable.from([Buffer.from("x")]), { maxBytes: 10 });
      await store.commit(staged);
      await store.remove(staged.sha256);
      expect(await store.size(staged.sha256)).toBeNull();
    });
  });
}

storeContract("LocalStore", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "hoinghi-store-"));
  roots.push(root);
  return new LocalStore(root);
});

describe("LocalStore", () => {
  it("refuses a path that is not a hash", () => {
    expect(() => new LocalStore("/tmp/x").pathOf("../../etc/passwd")).toThrow();
  });
});
