"use server";

import { defineAction } from "@/lib/action";
import { saveIndicatorsMutation } from "./mutations";

export const saveIndicatorsAction = defineAction(saveIndicatorsMutation);
