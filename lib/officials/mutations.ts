import "server-only";
import type { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { createOfficial, endAppointment, moveOfficial, updateOfficial } from "./data";
import { createOfficialSchema, endAppointmentSchema, moveOfficialSchema, updateOfficialSchema } from "./schema";

// Administrators and secretariats; the data layer admits a secretariat only to the officials it keeps.
function defineMutation<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
): ActionConfig<S, T> {
  return {
    name,
    schema,
    roles: ["ADMIN", "SECRETARIAT"],
    revalidate: ["/officials"],
    run: (input, user) => run(user!, input),
  };
}

export const createOfficialMutation = defineMutation("official.create", createOfficialSchema, (u, i) =>
  createOfficial(u, i),
);
export const updateOfficialMutation = defineMutation("official.update", updateOfficialSchema, (u, i) =>
  updateOfficial(u, i),
);
export const moveOfficialMutation = defineMutation("official.move", moveOfficialSchema, moveOfficial);
export const endAppointmentMutation = defineMutation("official.end", endAppointmentSchema, endAppointment);
