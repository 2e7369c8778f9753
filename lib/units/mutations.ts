import "server-only";
import type { ActionConfig } from "@/lib/action";
import { createUnit } from "./data";
import { createUnitSchema } from "./schema";

// What each mutation admits and does; actions.ts exposes them, tests run them with a chosen caller.
export const createUnitMutation = {
  name: "unit.create",
  schema: createUnitSchema,
  roles: ["ADMIN"],
  revalidate: ["/units"],
  run: (input, user) => createUnit(user!, input),
} satisfies ActionConfig<typeof createUnitSchema, Awaited<ReturnType<typeof createUnit>>>;
