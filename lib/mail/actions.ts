"use server";

import { defineAction } from "@/lib/action";
import { retryOutboxMessageMutation } from "./mutations";

export const retryOutboxMessageAction = defineAction(retryOutboxMessageMutation);
