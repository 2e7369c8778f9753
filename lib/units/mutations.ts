import "server-only";
import type { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { createUnit, updateUnit } from "./data";
import { recordUnitChange } from "./changes";
import { handOver } from "./hand-over";
import { createUnitSchema, handOverSchema, recordUnitChangeSchema, updateUnitSchema } from "./schema";

// What each mutation admits and does; actions.ts exposes them, tests run them with a chosen caller.
function defineMutation<S extends z.ZodType, T>(
  name: string,
  schema: S,
  roles: readonly Role[],
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
): ActionConfig<S, T> {
  return { name, schema, roles, revalidate: ["/units"], run: (input, user) => run(user!, input) };
}

export const createUnitMutation = defineMutation("unit.create", createUnitSchema, ["ADMIN"], createUnit);
export const updateUnitMutation = defineMutation("unit.update", updateUnitSchema, ["ADMIN"], (u, i) =>
  updateUnit(u, i),
);
export const recordUnitChangeMutation = defineMutation(
  "unit.recordChange",
  recordUnitChangeSchema,
  ["ADMIN"],
  recordUnitChange,
);
// The secretariat running the meetings (or following the tasks) moves them; the data layer scopes each item.
export const handOverMutation = defineMutation("unit.handOver", handOverSchema, ["ADMIN", "SECRETARIAT"], (u, i) =>
  handOver(u, i),
);
