import "server-only";
import type { ActionConfig } from "@/lib/action";
import type { Role } from "@/lib/auth/roles";
import { markDone, reopen } from "./follow-up";
import { markDoneSchema, reopenSchema } from "./schema";

// Who may call at all; which task they may change (the lead unit's, or the organiser's) is decided in follow-up.ts.
const FOLLOWERS: readonly Role[] = ["ADMIN", "SECRETARIAT", "UNIT_REP"];

export const markDoneMutation: ActionConfig<typeof markDoneSchema, { id: string }> = {
  name: "conclusion.markDone",
  schema: markDoneSchema,
  roles: FOLLOWERS,
  revalidate: ["/tasks"],
  run: (input, user) => markDone(user!, input),
};

export const reopenMutation: ActionConfig<typeof reopenSchema, { id: string }> = {
  name: "conclusion.reopen",
  schema: reopenSchema,
  roles: FOLLOWERS,
  revalidate: ["/tasks"],
  run: (input, user) => reopen(user!, input),
};
