import { describe, expect, it } from "vitest";
import vi from "./messages/vi.json";
import en from "./messages/en.json";

function keys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogue", () => {
  it("has every Vietnamese key in English and no English-only key", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it("stores Vietnamese text in NFC", () => {
    const text = JSON.stringify(vi);
    expect(text).toBe(text.normalize("NFC"));
  });
});
