import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { syncDocumentFiles } from "./documents";

const root = mkdtempSync(path.join(os.tmpdir(), "hoinghi-sync-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("syncDocumentFiles", () => {
  it("copies the stored files the backup lacks, once, and never the staging folder", () => {
    const source = path.join(root, "documents");
    const target = path.join(root, "backups", "documents");
    const a = "a".repeat(64);
    const b = "b".repeat(64);
    for (const [hash, text] of [
      [a, "A"],
      [b, "B"],
    ]) {
      mkdirSync(path.join(source, hash!.slice(0, 2)), { recursive: true });
      writeFileSync(path.join(source, hash!.slice(0, 2), hash!), text!);
    }
    mkdirSync(path.join(source, ".staging"), { recursive: true });
    writeFileSync(path.join(source, ".staging", "upload-x"), "half");
    expect(syncDocumentFiles(source, target)).toBe(2);
    expect(syncDocumentFiles(source, target)).toBe(0);
    expect(readFileSync(path.join(target, "aa", a), "utf8")).toBe("A");
    expect(readdirSync(target).sort()).toEqual(["aa", "bb"]);
    expect(syncDocumentFiles(path.join(root, "missing"), target)).toBe(0);
  });
});
