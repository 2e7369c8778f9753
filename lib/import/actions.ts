"use server";

import { defineAction } from "@/lib/action";
import { applyImportMutation, checkImportMutation, discardImportMutation } from "./mutations";

export const checkImportAction = defineAction(checkImportMutation);
export const applyImportAction = defineAction(applyImportMutation);
export const discardImportAction = defineAction(discardImportMutation);
