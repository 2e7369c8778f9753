"use server";

import { defineAction } from "@/lib/action";
import { addWalkInMutation, markAttendanceMutation } from "./mutations";

export const markAttendanceAction = defineAction(markAttendanceMutation);
export const addWalkInAction = defineAction(addWalkInMutation);
