import { describe, expect, it } from "vitest";
import { CATALOGUE_FILES, messagesFor } from "./catalogue";

function keys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogue", () => {
  it("has every Vietnamese key in English and no English-only key", () => {
    expect(keys(messagesFor("en")).sort()).toEqual(keys(messagesFor("vi")).sort());
  });

  it("never lets one feature file overwrite another's namespace", () => {
    for (const files of Object.values(CATALOGUE_FILES)) {
      const namespaces = files.flatMap((f) => Object.keys(f));
      expect(namespaces.length).toBe(new Set(namespaces).size);
    }
  });

  it("stores Vietnamese text in NFC", () => {
    const text = JSON.stringify(messagesFor("vi"));
    expect(text).toBe(text.normalize("NFC"));
  });
});
