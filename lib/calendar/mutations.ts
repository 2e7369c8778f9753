import "server-only";
import { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import { ROLES } from "@/lib/auth/roles";
import { regenerateCalendarFeedToken } from "./data";

// Nothing to parse: the caller's own feed is the only one they can replace.
export const regenerateCalendarFeedSchema = z.object({});

export const regenerateCalendarFeedMutation = {
  name: "calendar.regenerateFeed",
  schema: regenerateCalendarFeedSchema,
  roles: ROLES,
  revalidate: ["/calendar"],
  run: (_input, user) => regenerateCalendarFeedToken(user!),
} satisfies ActionConfig<typeof regenerateCalendarFeedSchema, void>;
