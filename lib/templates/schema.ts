import { z } from "zod";
import { meetingKinds } from "@/lib/meetings/schema";
import { checkbox, optionalText, recordId, requiredText, wholeNumber } from "@/lib/validation";
import { unknownPlaceholders } from "./placeholders";

export const MAX_TEMPLATE_ITEMS = 40;

export const templateItemSchema = z.object({
  title: requiredText(300),
  presenterRole: optionalText(200),
  durationMinutes: wholeNumber(1, 600),
  optional: checkbox,
  minutesSkeleton: optionalText(5000).superRefine((text, ctx) => {
    if (text && unknownPlaceholders(text).length)
      ctx.addIssue({ code: "custom", message: "templates.validation.unknownPlaceholder" });
  }),
});

/** "" from the form's select means "any kind of meeting". */
const optionalKind = z
  .union([z.enum(meetingKinds), z.literal("")], "validation.invalid")
  .nullish()
  .transform((k) => (k ? k : null));

const templateFields = {
  name: requiredText(200),
  kind: optionalKind,
  description: optionalText(2000),
  items: z
    .array(templateItemSchema, "validation.invalid")
    .min(1, "templates.validation.noItems")
    .max(MAX_TEMPLATE_ITEMS, "validation.tooLong"),
};

export const createTemplateSchema = z.object(templateFields);
/**
 * `id` is the version the form was loaded from: saving over a version that was superseded meanwhile is
 * refused. `itemIds` are the items it showed: an in-place save replaces them with new rows, so ids that
 * no longer match mean someone else saved first.
 */
export const updateTemplateSchema = z.object({
  id: recordId,
  itemIds: z.array(recordId, "validation.invalid").max(MAX_TEMPLATE_ITEMS, "validation.invalid"),
  ...templateFields,
});
export const copyTemplateSchema = z.object({ id: recordId, name: requiredText(200) });
export const retireTemplateSchema = z.object({ id: recordId });
export const restoreTemplateSchema = z.object({ id: recordId });

export type TemplateInput = z.input<typeof createTemplateSchema>;
export type TemplateOutput = z.output<typeof createTemplateSchema>;
