"use server";

import { defineAction } from "@/lib/action";
import * as m from "./mutations";

export const createMeetingAction = defineAction(m.createMeetingMutation);
export const updateMeetingAction = defineAction(m.updateMeetingMutation);
export const cancelMeetingAction = defineAction(m.cancelMeetingMutation);
export const duplicateMeetingAction = defineAction(m.duplicateMeetingMutation);
export const addPointAction = defineAction(m.addPointMutation);
export const updatePointAction = defineAction(m.updatePointMutation);
export const removePointAction = defineAction(m.removePointMutation);
export const recordTechTestAction = defineAction(m.recordTechTestMutation);
export const inviteUnitsAction = defineAction(m.inviteUnitsMutation);
export const removeInvitationAction = defineAction(m.removeInvitationMutation);
export const sendInvitationsAction = defineAction(m.sendInvitationsMutation);
