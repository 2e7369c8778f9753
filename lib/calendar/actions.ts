"use server";

import { defineAction } from "@/lib/action";
import { regenerateCalendarFeedMutation } from "./mutations";

export const regenerateCalendarFeedAction = defineAction(regenerateCalendarFeedMutation);
