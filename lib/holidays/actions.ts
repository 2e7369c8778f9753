"use server";

import { defineAction } from "@/lib/action";
import {
  createHolidayMutation,
  prefillHolidaysMutation,
  removeHolidayMutation,
  updateHolidayMutation,
} from "./mutations";

export const createHolidayAction = defineAction(createHolidayMutation);
export const updateHolidayAction = defineAction(updateHolidayMutation);
export const removeHolidayAction = defineAction(removeHolidayMutation);
export const prefillHolidaysAction = defineAction(prefillHolidaysMutation);
