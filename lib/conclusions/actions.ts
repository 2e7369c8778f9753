"use server";

import { defineAction } from "@/lib/action";
import { markDoneMutation, reopenMutation } from "./mutations";

export const markDoneAction = defineAction(markDoneMutation);
export const reopenAction = defineAction(reopenMutation);
