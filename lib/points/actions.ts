"use server";

import { defineAction } from "@/lib/action";
import {
  createConnectionPointMutation,
  restoreConnectionPointMutation,
  retireConnectionPointMutation,
  updateConnectionPointMutation,
} from "./mutations";

export const createConnectionPointAction = defineAction(createConnectionPointMutation);
export const updateConnectionPointAction = defineAction(updateConnectionPointMutation);
export const retireConnectionPointAction = defineAction(retireConnectionPointMutation);
export const restoreConnectionPointAction = defineAction(restoreConnectionPointMutation);
