import "server-only";
import type { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { addConclusion, removeConclusion, updateConclusion } from "./conclusions";
import { generateMinutes, saveSection, updateHeader } from "./manage";
import { issueNotice } from "./notice";
import { DomainError } from "@/lib/errors";
import { signNoticeWithSeal } from "@/lib/signatures/manage";
import { approveMinutes, returnMinutes, submitMinutes, verifyMinutes } from "./review";
import {
  addConclusionSchema,
  approveMinutesSchema,
  generateMinutesSchema,
  minutesIdSchema,
  removeConclusionSchema,
  returnMinutesSchema,
  saveSectionSchema,
  submitMinutesSchema,
  updateConclusionSchema,
  updateHeaderSchema,
} from "./schema";

// Secretariats keep the minutes, the chair reviews them; which minutes each may touch is decided in the
// data layer (the organiser's or the hub host's secretariat, the chair at that point).
const KEEPERS: readonly Role[] = ["ADMIN", "SECRETARIAT"];
const CHAIRS: readonly Role[] = ["CHAIR"];
const READERS: readonly Role[] = ["ADMIN", "SECRETARIAT", "CHAIR"];

function defineMutation<S extends z.ZodType, T>(
  name: string,
  roles: readonly Role[],
  schema: S,
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
): ActionConfig<S, T> {
  return {
    name,
    schema,
    roles,
    revalidate: ["/meetings", "/chairing", "/tasks"],
    run: (input, user) => run(user!, input),
  };
}

export const generateMinutesMutation = defineMutation(
  "minutes.generate",
  KEEPERS,
  generateMinutesSchema,
  (user, input) => generateMinutes(user, input),
);
// Autosave: refreshing every page on each keystroke pause would reload the editor under the typist.
export const saveSectionMutation: ActionConfig<typeof saveSectionSchema, Awaited<ReturnType<typeof saveSection>>> = {
  ...defineMutation("minutes.section.save", KEEPERS, saveSectionSchema, saveSection),
  revalidate: [],
};
export const updateHeaderMutation = defineMutation("minutes.header.save", KEEPERS, updateHeaderSchema, updateHeader);
export const addConclusionMutation = defineMutation("conclusion.add", KEEPERS, addConclusionSchema, addConclusion);
export const updateConclusionMutation = defineMutation(
  "conclusion.update",
  KEEPERS,
  updateConclusionSchema,
  updateConclusion,
);
export const removeConclusionMutation = defineMutation(
  "conclusion.remove",
  KEEPERS,
  removeConclusionSchema,
  removeConclusion,
);
export const submitMinutesMutation = defineMutation("minutes.submit", KEEPERS, submitMinutesSchema, submitMinutes);
export const returnMinutesMutation = defineMutation("minutes.return", CHAIRS, returnMinutesSchema, returnMinutes);
export const approveMinutesMutation = defineMutation("minutes.approve", CHAIRS, approveMinutesSchema, (user, input) =>
  approveMinutes(user, input),
);
export const verifyMinutesMutation = defineMutation("minutes.verify", READERS, minutesIdSchema, verifyMinutes);
// Issued, then signed by the issuing body's seal certificate when one is registered; a signing failure
// leaves the notice issued and unsigned and says so (the number is taken: it cannot be given back).
export const issueNoticeMutation = defineMutation("notice.issue", KEEPERS, minutesIdSchema, async (user, input) => {
  const issued = await issueNotice(user, input);
  try {
    const signed = await signNoticeWithSeal(user, input.minutesId);
    return { ...issued, signedDocumentId: signed?.id ?? null, signingError: null };
  } catch (error) {
    if (!(error instanceof DomainError)) console.error("notice.sign failed", error);
    return {
      ...issued,
      signedDocumentId: null,
      signingError: error instanceof DomainError ? error.key : "errors.unexpected",
    };
  }
});
