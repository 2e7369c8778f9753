import { z } from "zod";
import {
  checkbox,
  optionalLocalDateTime,
  optionalRecordId,
  optionalText,
  recordId,
  recordIds,
  requiredText,
  version,
} from "@/lib/validation";

export const AUDIENCES = ["INVITED", "POINTS", "UNITS", "CHAIRS"] as const;

const audienceFields = {
  audience: z.enum(AUDIENCES, "validation.invalid").default("INVITED"),
  pointIds: recordIds(500),
  unitIds: recordIds(2000),
};

/** A new document of the secretariat, from a file the upload route received (its uploadId). */
export const createDocumentSchema = z
  .object({
    meetingId: recordId,
    uploadId: recordId,
    agendaItemId: optionalRecordId,
    title: requiredText(300),
    presentingUnitId: optionalRecordId,
    confidential: checkbox,
    ...audienceFields,
  })
  .superRefine((v, ctx) => {
    if (v.audience === "POINTS" && v.pointIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["pointIds"], message: "meetingDocuments.validation.choosePoints" });
    if (v.audience === "UNITS" && v.unitIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["unitIds"], message: "meetingDocuments.validation.chooseUnits" });
  });

/** Version N+1 of a document; `version` is the document's row version the page showed. */
export const addVersionSchema = z.object({
  documentId: recordId,
  version,
  uploadId: recordId,
  changeNote: requiredText(500),
});

/** A unit's contribution (báo cáo tham luận) against an agenda item that asks for them. */
export const contributeSchema = z.object({
  agendaItemId: recordId,
  uploadId: recordId,
  title: requiredText(300),
});

export const contributionDeadlineSchema = z.object({
  agendaItemId: recordId,
  version,
  dueAt: optionalLocalDateTime,
});

export const reviewContributionSchema = z
  .object({
    documentId: recordId,
    version,
    decision: z.enum(["ACCEPT", "RETURN"], "validation.invalid"),
    note: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "RETURN" && !v.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "meetingDocuments.validation.returnNote" });
  });

export const markReadSchema = z.object({ documentId: recordId });
