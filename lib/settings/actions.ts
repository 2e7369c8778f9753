"use server";

import { defineAction } from "@/lib/action";
import { sendTestEmailMutation, updateSettingsMutation } from "./mutations";

export const updateSettingsAction = defineAction(updateSettingsMutation);
export const sendTestEmailAction = defineAction(sendTestEmailMutation);
