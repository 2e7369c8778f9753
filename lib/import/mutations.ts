import "server-only";
import type { ActionConfig } from "@/lib/action";
import { applyImport, checkImport, discardImport } from "./manage";
import { checkImportSchema, importJobSchema } from "./schema";

// What each import action admits and does; actions.ts exposes them, tests run them with a chosen caller.
export const checkImportMutation = {
  name: "import.check",
  schema: checkImportSchema,
  roles: ["ADMIN"],
  revalidate: ["/admin/import"],
  run: (input, user) => checkImport(user!, input),
} satisfies ActionConfig<typeof checkImportSchema, Awaited<ReturnType<typeof checkImport>>>;

export const applyImportMutation = {
  name: "import.apply",
  schema: importJobSchema,
  roles: ["ADMIN"],
  revalidate: ["/admin/import"],
  run: (input, user) => applyImport(user!, input),
} satisfies ActionConfig<typeof importJobSchema, Awaited<ReturnType<typeof applyImport>>>;

export const discardImportMutation = {
  name: "import.discard",
  schema: importJobSchema,
  roles: ["ADMIN"],
  revalidate: ["/admin/import"],
  run: (input, user) => discardImport(user!, input),
} satisfies ActionConfig<typeof importJobSchema, Awaited<ReturnType<typeof discardImport>>>;
