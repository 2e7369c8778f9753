"use server";

import { defineAction } from "@/lib/action";
import { createUnitMutation, handOverMutation, recordUnitChangeMutation, updateUnitMutation } from "./mutations";

export const createUnitAction = defineAction(createUnitMutation);
export const updateUnitAction = defineAction(updateUnitMutation);
export const recordUnitChangeAction = defineAction(recordUnitChangeMutation);
export const handOverAction = defineAction(handOverMutation);
