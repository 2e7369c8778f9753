import { z } from "zod";
import {
  checkbox,
  optionalRecordId,
  optionalText,
  recordId,
  requiredText,
  version,
  wholeNumber,
} from "@/lib/validation";

export const MAX_AGENDA_ITEMS = 60;

/** Ids of the meeting's agenda items as the page showed them, so a change made from a stale page is refused. */
const loadedIds = z.array(recordId, "validation.invalid").max(MAX_AGENDA_ITEMS, "validation.tooLong");

export const applyTemplateSchema = z.object({
  meetingId: recordId,
  templateId: recordId,
  /** The secretariat confirmed that the meeting's present agenda is to be replaced. */
  replace: checkbox,
  /** The items the page showed: replacing is refused when the agenda changed since. */
  loadedIds: loadedIds.default([]),
});

const itemFields = {
  title: requiredText(300),
  presenterRole: optionalText(200),
  presenterOfficialId: optionalRecordId,
  durationMinutes: wholeNumber(1, 600),
};

export const addAgendaItemSchema = z.object({ meetingId: recordId, ...itemFields });
/** `version` is the item's version the form was loaded with: a save over someone else's is refused. */
export const updateAgendaItemSchema = z.object({ itemId: recordId, version, ...itemFields });
export const removeAgendaItemSchema = z.object({ itemId: recordId, version });
/**
 * The whole new order: every item of the meeting, each once, made from `loadedOrder` (the order the page
 * showed). Refused when the agenda's order is no longer that one.
 */
export const reorderAgendaSchema = z.object({
  meetingId: recordId,
  loadedOrder: loadedIds.min(1, "validation.required"),
  itemIds: z
    .array(recordId, "validation.invalid")
    .min(1, "validation.required")
    .max(MAX_AGENDA_ITEMS, "validation.tooLong"),
});

export type AgendaItemInput = z.input<typeof addAgendaItemSchema>;
