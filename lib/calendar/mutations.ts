import "server-only";
import { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import { ROLES } from "@/lib/auth/roles";
import { createCalendarFeedToken } from "./data";

// Nothing to parse: the caller's own feed is the only one they can make or replace.
export const createCalendarFeedSchema = z.object({});

export const createCalendarFeedMutation = {
  name: "calendar.createFeed",
  schema: createCalendarFeedSchema,
  roles: ROLES,
  run: (_input, user) => createCalendarFeedToken(user!),
} satisfies ActionConfig<typeof createCalendarFeedSchema, { path: string }>;
