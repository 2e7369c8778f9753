"use server";

import { defineAction } from "@/lib/action";
import { createCalendarFeedMutation } from "./mutations";

export const createCalendarFeedAction = defineAction(createCalendarFeedMutation);
