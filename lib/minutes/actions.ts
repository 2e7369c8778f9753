"use server";

import { defineAction } from "@/lib/action";
import * as m from "./mutations";

export const generateMinutesAction = defineAction(m.generateMinutesMutation);
export const saveSectionAction = defineAction(m.saveSectionMutation);
export const updateHeaderAction = defineAction(m.updateHeaderMutation);
export const addConclusionAction = defineAction(m.addConclusionMutation);
export const updateConclusionAction = defineAction(m.updateConclusionMutation);
export const removeConclusionAction = defineAction(m.removeConclusionMutation);
export const submitMinutesAction = defineAction(m.submitMinutesMutation);
export const returnMinutesAction = defineAction(m.returnMinutesMutation);
export const approveMinutesAction = defineAction(m.approveMinutesMutation);
export const verifyMinutesAction = defineAction(m.verifyMinutesMutation);
export const issueNoticeAction = defineAction(m.issueNoticeMutation);
