import "server-only";
import type { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { createHoliday, prefillHolidays, removeHoliday, updateHoliday } from "./manage";
import { createHolidaySchema, prefillHolidaysSchema, removeHolidaySchema, updateHolidaySchema } from "./schema";

function defineMutation<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
): ActionConfig<S, T> {
  return { name, schema, roles: ["ADMIN"], revalidate: ["/admin/holidays"], run: (input, user) => run(user!, input) };
}

export const createHolidayMutation = defineMutation("holiday.create", createHolidaySchema, createHoliday);
export const updateHolidayMutation = defineMutation("holiday.update", updateHolidaySchema, updateHoliday);
export const removeHolidayMutation = defineMutation("holiday.remove", removeHolidaySchema, removeHoliday);
export const prefillHolidaysMutation = defineMutation("holiday.prefill", prefillHolidaysSchema, prefillHolidays);
