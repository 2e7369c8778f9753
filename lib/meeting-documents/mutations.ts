import "server-only";
import type { ActionConfig } from "@/lib/action";
import type { Role } from "@/lib/auth/roles";
import {
  addVersion,
  contribute,
  createDocument,
  markRead,
  reviewContribution,
  setContributionDeadline,
} from "./documents";
import {
  addVersionSchema,
  contributeSchema,
  contributionDeadlineSchema,
  createDocumentSchema,
  markReadSchema,
  reviewContributionSchema,
} from "./schema";

// Who may call at all; which meeting or document is theirs is decided in documents.ts (scope in the where).
const MANAGERS: readonly Role[] = ["ADMIN", "SECRETARIAT"];
const READERS: readonly Role[] = ["ADMIN", "SECRETARIAT", "CHAIR", "UNIT_REP"];

export const createDocumentMutation: ActionConfig<typeof createDocumentSchema, { id: string }> = {
  name: "meetingDocument.create",
  schema: createDocumentSchema,
  roles: MANAGERS,
  run: (input, user) => createDocument(user!, input),
};

export const addVersionMutation: ActionConfig<typeof addVersionSchema, { id: string; number: number }> = {
  name: "meetingDocument.addVersion",
  schema: addVersionSchema,
  roles: ["ADMIN", "SECRETARIAT", "UNIT_REP"],
  run: (input, user) => addVersion(user!, input),
};

export const contributeMutation: ActionConfig<typeof contributeSchema, { id: string }> = {
  name: "meetingDocument.contribute",
  schema: contributeSchema,
  roles: ["UNIT_REP"],
  run: (input, user) => contribute(user!, input),
};

export const contributionDeadlineMutation: ActionConfig<typeof contributionDeadlineSchema, { id: string }> = {
  name: "agendaItem.contributionDeadline",
  schema: contributionDeadlineSchema,
  roles: MANAGERS,
  run: (input, user) => setContributionDeadline(user!, input),
};

export const reviewContributionMutation: ActionConfig<typeof reviewContributionSchema, { id: string }> = {
  name: "meetingDocument.review",
  schema: reviewContributionSchema,
  roles: MANAGERS,
  run: (input, user) => reviewContribution(user!, input),
};

export const markReadMutation: ActionConfig<typeof markReadSchema, { id: string }> = {
  name: "meetingDocument.markRead",
  schema: markReadSchema,
  roles: READERS,
  run: (input, user) => markRead(user!, input),
};
