"use server";

import { defineAction } from "@/lib/action";
import { createConnectionPointMutation } from "./mutations";

export const createConnectionPointAction = defineAction(createConnectionPointMutation);
