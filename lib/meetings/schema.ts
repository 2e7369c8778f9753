import { z } from "zod";
import { REPEATS } from "./series";
import {
  checkbox,
  localDateTime,
  optionalLocalDateTime,
  optionalRecordId,
  optionalText,
  recordId,
  requiredText,
  version,
  wholeNumber,
} from "@/lib/validation";

export const meetingKinds = [
  "YEAR_END_REVIEW",
  "MID_TERM_REVIEW",
  "BRIEFING",
  "COMMITTEE_SESSION",
  "THEMATIC",
  "ADVISORY",
  "PROBLEM_SOLVING",
  "PROFESSIONAL",
] as const;
export const meetingModes = ["ON_SITE", "ONLINE", "HYBRID"] as const;

const endAfterStart = <T extends { startsAt: Date; endsAt: Date }>(value: T, ctx: z.RefinementCtx) => {
  if (value.endsAt <= value.startsAt)
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "validation.endBeforeStart" });
};

const meetingFields = {
  title: requiredText(300),
  kind: z.enum(meetingKinds, "validation.invalid"),
  mode: z.enum(meetingModes, "validation.invalid"),
  organiserUnitId: recordId,
  startsAt: localDateTime,
  endsAt: localDateTime,
  description: optionalText(5000),
  confidential: checkbox,
  urgent: checkbox,
};

export const createMeetingSchema = z
  .object({
    ...meetingFields,
    /** Repeat from this first occurrence (a series of drafts); ignored when editing. */
    repeat: z.enum(REPEATS, "validation.invalid").default("NONE"),
    repeatCount: wholeNumber(2, 52).default(4),
  })
  .superRefine(endAfterStart);
export const updateMeetingSchema = z.object({ ...meetingFields, id: recordId, version }).superRefine(endAfterStart);
export const cancelMeetingSchema = z.object({ id: recordId, version, reason: requiredText(500) });
export const duplicateMeetingSchema = z.object({ id: recordId, startsAt: localDateTime });

export const addPointSchema = z.object({
  meetingId: recordId,
  connectionPointId: recordId,
  isMain: checkbox,
  chairOfficialId: optionalRecordId,
  techTestAt: optionalLocalDateTime,
});
export const updatePointSchema = z.object({
  pointId: recordId,
  isMain: checkbox,
  chairOfficialId: optionalRecordId,
  techTestAt: optionalLocalDateTime,
});
export const removePointSchema = z.object({ pointId: recordId });
export const recordTechTestSchema = z.object({
  pointId: recordId,
  result: z.enum(["READY", "PROBLEM"], "validation.invalid"),
  note: optionalText(500),
});

export const inviteUnitsSchema = z
  .object({
    meetingPointId: recordId,
    how: z.enum(["units", "children", "block"], "validation.invalid"),
    unitIds: z.array(recordId).max(500, "validation.tooLong").default([]),
    parentUnitId: optionalRecordId,
    block: z.enum(["PARTY", "GOVERNMENT", "FRONT_AND_MASS", "PUBLIC_SERVICE"], "validation.invalid").nullish(),
    seats: wholeNumber(1, 50),
    answerDeadline: optionalLocalDateTime,
  })
  .superRefine((v, ctx) => {
    if (v.how === "units" && v.unitIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["unitIds"], message: "scheduling.validation.pickUnits" });
    if (v.how !== "units" && !v.parentUnitId)
      ctx.addIssue({ code: "custom", path: ["parentUnitId"], message: "validation.required" });
    if (v.how === "block" && !v.block)
      ctx.addIssue({ code: "custom", path: ["block"], message: "validation.required" });
  });
export const removeInvitationSchema = z.object({ invitationId: recordId });
export const sendInvitationsSchema = z.object({ meetingId: recordId, version });

export type CreateMeetingInput = z.input<typeof createMeetingSchema>;
export type CreateMeetingOutput = z.output<typeof createMeetingSchema>;
export type UpdateMeetingOutput = z.output<typeof updateMeetingSchema>;
