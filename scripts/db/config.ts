import path from "node:path";

export type Provider = "sqlite" | "postgresql";
export const PROVIDERS: readonly Provider[] = ["sqlite", "postgresql"];

// Paths are taken from the working directory: every entry point (npm scripts, vitest) runs at the project root.

/** The one hand-written schema. PRISMA_SCHEMA points elsewhere, e.g. to check a modified copy for drift. */
export const schemaPath = (): string => path.resolve(process.env.PRISMA_SCHEMA ?? "prisma/schema.prisma");

/** Derived from schemaPath() by `generate`; gitignored. */
export const postgresSchemaPath = (): string => path.resolve("prisma/postgresql/schema.prisma");

/** One committed history per provider. */
export const migrationsDir = (provider: Provider): string => path.resolve("prisma/migrations", provider);

/** Server on which `create` and `check` make their throwaway shadow databases. */
export const shadowServerUrl = (): string =>
  process.env.SHADOW_DATABASE_URL ??
  process.env.POSTGRES_URL ??
  "postgresql://hoinghi:hoinghi@localhost:5432/hoinghi_dev";
