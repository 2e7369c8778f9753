import "server-only";
import type { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import { ROLES, type SessionUser } from "@/lib/auth/roles";
import { addWalkIn, markAttendance } from "./checkin";
import { addWalkInSchema, markAttendanceSchema } from "./schema";

// Any signed-in role may call check-in: the point's secretary can be any official with an account.
// Which point a caller may touch is decided in the data layer (lib/attendance/checkin.ts).
function defineMutation<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
): ActionConfig<S, T> {
  return { name, schema, roles: ROLES, revalidate: ["/statistics"], run: (input, user) => run(user!, input) };
}

export const markAttendanceMutation = defineMutation("attendee.checkIn", markAttendanceSchema, (user, input) =>
  markAttendance(user, input),
);
export const addWalkInMutation = defineMutation("attendee.walkIn", addWalkInSchema, (user, input) =>
  addWalkIn(user, input),
);
