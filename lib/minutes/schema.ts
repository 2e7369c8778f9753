import { z } from "zod";
import {
  checkbox,
  localDateTime,
  optionalLocalDate,
  optionalRecordId,
  optionalText,
  recordId,
  recordIds,
  requiredText,
  version,
} from "@/lib/validation";

export const generateMinutesSchema = z.object({
  meetingPointId: recordId,
  /** Regenerating replaces the draft's text; the form must say so and name the version it saw. */
  replace: checkbox,
  version: version.optional(),
});

export const saveSectionSchema = z.object({
  minutesId: recordId,
  sectionId: recordId,
  /** The section's version the editor loaded: a save over someone else's is refused. */
  version,
  heading: requiredText(300),
  body: optionalText(50_000).transform((s) => s ?? ""),
});

export const updateHeaderSchema = z
  .object({
    minutesId: recordId,
    version,
    startedAt: localDateTime,
    endedAt: localDateTime,
    place: requiredText(500),
    secretaryName: requiredText(200),
    secretaryTitle: optionalText(300).transform((s) => s ?? ""),
  })
  .refine((v) => v.endedAt > v.startedAt, { path: ["endedAt"], message: "minutes.errors.endBeforeStart" });

const conclusionFields = {
  content: requiredText(2000),
  leadUnitId: optionalRecordId,
  cooperatorIds: recordIds(50),
  deadline: optionalLocalDate,
};

export const addConclusionSchema = z.object({ minutesId: recordId, ...conclusionFields });
export const updateConclusionSchema = z.object({ id: recordId, version, ...conclusionFields });
export const removeConclusionSchema = z.object({ id: recordId, version });

export const submitMinutesSchema = z.object({ minutesId: recordId, version });
export const approveMinutesSchema = z.object({ minutesId: recordId, version });
export const returnMinutesSchema = z.object({ minutesId: recordId, version, comment: requiredText(4000) });
export const minutesIdSchema = z.object({ minutesId: recordId });
