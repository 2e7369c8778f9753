import { z } from "zod";
import { isMailAddress } from "@/lib/mail/addresses";
import {
  optionalRecordId,
  optionalText,
  recordId,
  recordIds,
  requiredLocalDate,
  requiredText,
  version,
} from "@/lib/validation";
import { shapeRefusal, UNIT_CHANGES } from "./change";

export const unitKinds = [
  "PROVINCE",
  "DISTRICT",
  "COMMUNE",
  "WARD",
  "OFFICE",
  "PARTY_BODY",
  "FRONT",
  "MASS_ORGANISATION",
  "SCHOOL",
  "CENTRE",
  "OTHER",
] as const;
export const unitBlocks = ["PARTY", "GOVERNMENT", "FRONT_AND_MASS", "PUBLIC_SERVICE"] as const;

const optionalDay = z
  .string("validation.invalid")
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, "validation.date")
  .refine((s) => s === "" || !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()), "validation.date")
  .transform((s) => (s === "" ? null : s));

export const createUnitSchema = z.object({
  name: requiredText(200),
  kind: z.enum(unitKinds, "validation.invalid"),
  block: z.enum(unitBlocks, "validation.invalid"),
  parentId: optionalRecordId,
  validFrom: optionalDay.default(""),
});

/**
 * A unit's contact addresses, typed one per line or separated by commas or semicolons: each must be
 * an address the mail worker can send to, stored lower-case as "a@x.vn; b@x.vn" (lib/mail/addresses.ts reads it).
 */
const contactEmails = z
  .string("validation.invalid")
  .max(1000, "validation.tooLong")
  .nullish()
  .transform((value, ctx) => {
    const addresses = [
      ...new Set(
        (value ?? "")
          .normalize("NFC")
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map((a) => a.toLowerCase()),
      ),
    ];
    if (addresses.some((a) => !isMailAddress(a))) {
      ctx.addIssue({ code: "custom", message: "validation.email" });
      return z.NEVER;
    }
    if (addresses.length > 10) {
      ctx.addIssue({ code: "custom", message: "validation.tooLong" });
      return z.NEVER;
    }
    return addresses.length ? addresses.join("; ") : null;
  });

/** Corrects a unit's record (over the version the form loaded): applies to its past meetings too. */
export const updateUnitSchema = z.object({
  id: recordId,
  version,
  name: requiredText(200),
  shortName: optionalText(200),
  documentSymbol: optionalText(30),
  placeName: optionalText(100),
  contactEmail: contactEmails,
  parentId: optionalRecordId,
  block: z.enum(unitBlocks, "validation.invalid"),
});

const newUnit = z.object({ name: requiredText(200), shortName: optionalText(200) });

/** A merger, rename, split or closure, from a day: see change.ts for what each takes. */
export const recordUnitChangeSchema = z
  .object({
    change: z.enum(UNIT_CHANGES, "validation.invalid"),
    ceasingUnitIds: recordIds(30),
    successorIds: recordIds(30),
    newUnits: z.array(newUnit, "validation.invalid").max(30, "validation.tooLong").default([]),
    effectiveOn: requiredLocalDate,
    legalBasis: optionalText(300),
  })
  .superRefine((v, ctx) => {
    // zod runs this even when a field failed its own check, and hands that field over as sent: only a
    // well-formed input is judged here (the field's own error is already reported).
    if (![v.ceasingUnitIds, v.successorIds, v.newUnits].every(Array.isArray)) return;
    if (v.ceasingUnitIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["ceasingUnitIds"], message: "validation.required" });
      return;
    }
    if (v.successorIds.some((id) => v.ceasingUnitIds.includes(id)))
      ctx.addIssue({ code: "custom", path: ["successorIds"], message: "unitAdmin.validation.successorIsCeasing" });
    const names = v.newUnits.map((u) => u.name.toLocaleLowerCase("vi"));
    if (new Set(names).size !== names.length)
      ctx.addIssue({ code: "custom", path: ["newUnits"], message: "unitAdmin.validation.sameNewName" });
    const refusal = shapeRefusal(v.change, {
      ceasing: v.ceasingUnitIds.length,
      existing: v.successorIds.length,
      created: v.newUnits.length,
    });
    if (refusal) ctx.addIssue({ code: "custom", path: [refusal.field], message: refusal.key });
  });

/** Moves a ceased unit's open invitations and tasks, picked from its page, to one of its successors. */
export const handOverSchema = z
  .object({
    unitId: recordId,
    successorId: recordId,
    invitationIds: recordIds(500),
    taskIds: recordIds(500),
  })
  .refine((v) => v.invitationIds.length + v.taskIds.length > 0, {
    path: ["invitationIds"],
    message: "unitAdmin.validation.nothingChosen",
  });

export type CreateUnitInput = z.input<typeof createUnitSchema>;
export type CreateUnitOutput = z.output<typeof createUnitSchema>;
export type UpdateUnitInput = z.input<typeof updateUnitSchema>;
export type UpdateUnitOutput = z.output<typeof updateUnitSchema>;
export type RecordUnitChangeInput = z.input<typeof recordUnitChangeSchema>;
export type RecordUnitChangeOutput = z.output<typeof recordUnitChangeSchema>;
export type HandOverInput = z.input<typeof handOverSchema>;
export type HandOverOutput = z.output<typeof handOverSchema>;
