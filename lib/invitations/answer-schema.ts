import { z } from "zod";
import { cleanText } from "@/lib/text/normalize";
import { optionalText, recordId } from "@/lib/validation";

// One schema for the plain form (works without JavaScript: repeated attendeeName/attendeeTitle fields)
// and for typed callers. Empty name rows are dropped; a title without a name is an error.
const list = z
  .union([z.string(), z.array(z.string())], "validation.invalid")
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map(cleanText));

export const answerSchema = z
  .object({
    invitationId: recordId,
    kind: z.enum(["CONFIRM", "DECLINE", "SUBSTITUTE"], "answers.validation.chooseAnswer"),
    attendeeName: list,
    attendeeTitle: list,
    reason: optionalText(500),
    replacesName: optionalText(200),
  })
  .transform((v, ctx) => {
    const rows = v.attendeeName.map((fullName, i) => ({ fullName, title: v.attendeeTitle[i] ?? "" }));
    rows.forEach((row, i) => {
      if (row.fullName.length > 120)
        ctx.addIssue({ code: "custom", path: ["attendeeName", i], message: "validation.tooLong" });
      if (row.title.length > 200)
        ctx.addIssue({ code: "custom", path: ["attendeeTitle", i], message: "validation.tooLong" });
      if (!row.fullName && row.title)
        ctx.addIssue({ code: "custom", path: ["attendeeName", i], message: "answers.validation.nameForTitle" });
    });
    const attendees = rows.filter((r) => r.fullName).map((r) => ({ fullName: r.fullName, title: r.title || null }));
    if (v.kind !== "DECLINE" && attendees.length === 0)
      ctx.addIssue({ code: "custom", path: ["attendeeName"], message: "answers.validation.nameSomeone" });
    if (v.kind === "DECLINE" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "answers.validation.reasonRequired" });
    if (v.kind === "SUBSTITUTE" && !v.replacesName)
      ctx.addIssue({ code: "custom", path: ["replacesName"], message: "answers.validation.whoIsReplaced" });
    if (v.kind === "SUBSTITUTE" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "answers.validation.reasonRequired" });
    return {
      invitationId: v.invitationId,
      kind: v.kind,
      attendees: v.kind === "DECLINE" ? [] : attendees,
      reason: v.reason,
      replacesName: v.kind === "SUBSTITUTE" ? v.replacesName : null,
    };
  });

export const decideSubstituteSchema = z.object({
  responseId: recordId,
  decision: z.enum(["AGREED", "REFUSED"], "validation.invalid"),
  note: optionalText(500),
});

export const reopenInvitationSchema = z.object({ invitationId: recordId });

export type AnswerInput = z.output<typeof answerSchema>;
