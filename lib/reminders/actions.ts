"use server";

import { defineAction } from "@/lib/action";
import { remindUnansweredMutation } from "./mutations";

export const remindUnansweredAction = defineAction(remindUnansweredMutation);
