import { describe, expect, it } from "vitest";
import { switchLocaleSchema } from "./schema";

// The locale switch is open to anyone and only sets a cookie: what it must refuse is a value outside the catalogue.
describe("switchLocaleSchema", () => {
  it("accepts the two catalogue languages and nothing else", () => {
    expect(switchLocaleSchema.parse({ locale: "vi" })).toEqual({ locale: "vi" });
    expect(switchLocaleSchema.parse({ locale: "en" })).toEqual({ locale: "en" });
    for (const locale of ["fr", "", "vi; path=/admin", 1])
      expect(switchLocaleSchema.safeParse({ locale }).success).toBe(false);
  });
});
