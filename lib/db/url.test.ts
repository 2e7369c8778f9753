import { describe, expect, it } from "vitest";
import { resolveDatabaseUrl } from "./url";

const root = "/srv/app";

describe("resolveDatabaseUrl", () => {
  it("defaults to the SQLite file under data/", () => {
    expect(resolveDatabaseUrl({}, root)).toEqual({ provider: "sqlite", filename: "/srv/app/data/hoinghi.db" });
    expect(resolveDatabaseUrl({ DATABASE_URL: " " }, root)).toEqual({
      provider: "sqlite",
      filename: "/srv/app/data/hoinghi.db",
    });
  });

  it("resolves relative file: paths from the project root and keeps absolute ones", () => {
    expect(resolveDatabaseUrl({ DATABASE_URL: "file:./x/y.db" }, root)).toEqual({
      provider: "sqlite",
      filename: "/srv/app/x/y.db",
    });
    expect(resolveDatabaseUrl({ DATABASE_URL: "file:/tmp/t.db?mode=rwc" }, root)).toEqual({
      provider: "sqlite",
      filename: "/tmp/t.db",
    });
    expect(resolveDatabaseUrl({ DATABASE_URL: "file::memory:" }, root)).toEqual({
      provider: "sqlite",
      filename: ":memory:",
    });
  });

  it("passes PostgreSQL URLs through", () => {
    for (const url of ["postgresql://u:p@h:5432/db", "postgres://u@h/db?sslmode=require"]) {
      expect(resolveDatabaseUrl({ DATABASE_URL: url }, root)).toEqual({ provider: "postgresql", url });
    }
  });

  it("rejects other schemes and empty file paths", () => {
    expect(() => resolveDatabaseUrl({ DATABASE_URL: "mysql://u@h/db" }, root)).toThrow(/must start with/);
    expect(() => resolveDatabaseUrl({ DATABASE_URL: "file:" }, root)).toThrow(/no file path/);
  });
});
