"use server";

import { defineAction } from "@/lib/action";
import { createUnitMutation } from "./mutations";

export const createUnitAction = defineAction(createUnitMutation);
