import "server-only";
import type { ActionConfig } from "@/lib/action";
import type { z } from "zod";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { cancelMeeting, createMeeting, duplicateMeeting, updateMeeting } from "./manage";
import { addPoint, recordTechTest, removePoint, updatePoint } from "./points";
import { inviteUnits, removeInvitation, sendInvitations } from "@/lib/invitations/manage";
import { auditingRefusals } from "./conflict-check";
import {
  addPointSchema,
  cancelMeetingSchema,
  createMeetingSchema,
  duplicateMeetingSchema,
  inviteUnitsSchema,
  recordTechTestSchema,
  removeInvitationSchema,
  removePointSchema,
  sendInvitationsSchema,
  updateMeetingSchema,
  updatePointSchema,
} from "./schema";

// Who may call each scheduling mutation at all; which meeting or point they may touch is decided in
// the data layer (organiser's secretariat, or the secretariat hosting a point). A change its conflicts
// refuse is recorded in the audit log.
const SCHEDULERS: readonly Role[] = ["ADMIN", "SECRETARIAT"];

function defineMutation<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
): ActionConfig<S, T> {
  return {
    name,
    schema,
    roles: SCHEDULERS,
    revalidate: ["/meetings"],
    run: (input, user) => auditingRefusals(user!, name, input, () => run(user!, input)),
  };
}

export const createMeetingMutation = defineMutation("meeting.create", createMeetingSchema, createMeeting);
export const updateMeetingMutation = defineMutation("meeting.update", updateMeetingSchema, updateMeeting);
export const cancelMeetingMutation = defineMutation("meeting.cancel", cancelMeetingSchema, cancelMeeting);
export const duplicateMeetingMutation = defineMutation("meeting.duplicate", duplicateMeetingSchema, duplicateMeeting);
export const addPointMutation = defineMutation("meetingPoint.add", addPointSchema, addPoint);
export const updatePointMutation = defineMutation("meetingPoint.update", updatePointSchema, updatePoint);
export const removePointMutation = defineMutation("meetingPoint.remove", removePointSchema, removePoint);
export const recordTechTestMutation = defineMutation("meetingPoint.techTest", recordTechTestSchema, recordTechTest);
export const inviteUnitsMutation = defineMutation("invitation.invite", inviteUnitsSchema, inviteUnits);
export const removeInvitationMutation = defineMutation("invitation.remove", removeInvitationSchema, removeInvitation);
export const sendInvitationsMutation = defineMutation("invitation.send", sendInvitationsSchema, (user, input) =>
  sendInvitations(user, input),
);
