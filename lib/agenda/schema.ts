import { z } from "zod";
import { checkbox, optionalRecordId, optionalText, recordId, requiredText, wholeNumber } from "@/lib/validation";

export const MAX_AGENDA_ITEMS = 60;

export const applyTemplateSchema = z.object({
  meetingId: recordId,
  templateId: recordId,
  /** The secretariat confirmed that the meeting's present agenda is to be replaced. */
  replace: checkbox,
});

const itemFields = {
  title: requiredText(300),
  presenterRole: optionalText(200),
  presenterOfficialId: optionalRecordId,
  durationMinutes: wholeNumber(1, 600),
};

export const addAgendaItemSchema = z.object({ meetingId: recordId, ...itemFields });
export const updateAgendaItemSchema = z.object({ itemId: recordId, ...itemFields });
export const removeAgendaItemSchema = z.object({ itemId: recordId });
/** The whole new order: every item of the meeting, each once. */
export const reorderAgendaSchema = z.object({
  meetingId: recordId,
  itemIds: z.array(recordId, "validation.invalid").min(1, "validation.required").max(MAX_AGENDA_ITEMS, "validation.tooLong"),
});

export type AgendaItemInput = z.input<typeof addAgendaItemSchema>;
