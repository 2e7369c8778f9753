import "server-only";
import type { ActionConfig } from "@/lib/action";
import { remindUnanswered } from "./remind";
import { remindUnansweredSchema } from "./schema";

// Which meeting a caller may remind for is decided in the data layer (the organiser's secretariat).
export const remindUnansweredMutation = {
  name: "invitation.remind",
  schema: remindUnansweredSchema,
  roles: ["ADMIN", "SECRETARIAT"],
  revalidate: ["/meetings"],
  run: (input, user) => remindUnanswered(user!, input),
} satisfies ActionConfig<typeof remindUnansweredSchema, { reminded: number; emails: number; quiet: number }>;
