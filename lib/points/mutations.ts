import "server-only";
import type { ActionConfig } from "@/lib/action";
import { createConnectionPoint } from "./data";
import { createConnectionPointSchema } from "./schema";

export const createConnectionPointMutation = {
  name: "connectionPoint.create",
  schema: createConnectionPointSchema,
  roles: ["ADMIN", "SECRETARIAT"],
  revalidate: ["/points"],
  run: (input, user) => createConnectionPoint(user!, input),
} satisfies ActionConfig<typeof createConnectionPointSchema, Awaited<ReturnType<typeof createConnectionPoint>>>;
