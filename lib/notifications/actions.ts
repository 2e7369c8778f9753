"use server";

import { defineAction } from "@/lib/action";
import { markAllReadMutation } from "./mutations";

export const markAllReadAction = defineAction(markAllReadMutation);
