"use server";

import { defineAction } from "@/lib/action";
import {
  createOfficialMutation,
  endAppointmentMutation,
  moveOfficialMutation,
  updateOfficialMutation,
} from "./mutations";

export const createOfficialAction = defineAction(createOfficialMutation);
export const updateOfficialAction = defineAction(updateOfficialMutation);
export const moveOfficialAction = defineAction(moveOfficialMutation);
export const endAppointmentAction = defineAction(endAppointmentMutation);
