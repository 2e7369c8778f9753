import "server-only";
import type { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { createConnectionPoint, restoreConnectionPoint, retireConnectionPoint, updateConnectionPoint } from "./data";
import { connectionPointIdSchema, createConnectionPointSchema, updateConnectionPointSchema } from "./schema";

function defineMutation<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
): ActionConfig<S, T> {
  return {
    name,
    schema,
    roles: ["ADMIN", "SECRETARIAT"],
    revalidate: ["/points"],
    run: (input, user) => run(user!, input),
  };
}

export const createConnectionPointMutation = defineMutation(
  "connectionPoint.create",
  createConnectionPointSchema,
  createConnectionPoint,
);
export const updateConnectionPointMutation = defineMutation(
  "connectionPoint.update",
  updateConnectionPointSchema,
  updateConnectionPoint,
);
export const retireConnectionPointMutation = defineMutation("connectionPoint.retire", connectionPointIdSchema, (u, i) =>
  retireConnectionPoint(u, i),
);
export const restoreConnectionPointMutation = defineMutation(
  "connectionPoint.restore",
  connectionPointIdSchema,
  restoreConnectionPoint,
);
