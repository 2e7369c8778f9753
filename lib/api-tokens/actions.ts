"use server";

import { defineAction } from "@/lib/action";
import { createApiTokenMutation, revokeApiTokenMutation } from "./mutations";

export const createApiTokenAction = defineAction(createApiTokenMutation);
export const revokeApiTokenAction = defineAction(revokeApiTokenMutation);
