import "server-only";
import type { ActionConfig } from "@/lib/action";
import { answerSchema, decideSubstituteSchema, reopenInvitationSchema } from "./answer-schema";
import { answerInvitation, decideSubstitute, reopenInvitation } from "./answer";

export const answerInvitationMutation = {
  name: "invitation.answer",
  schema: answerSchema,
  roles: ["UNIT_REP"],
  revalidate: ["/invitations"],
  run: (input, user) => answerInvitation(user!, input),
} satisfies ActionConfig<typeof answerSchema, Awaited<ReturnType<typeof answerInvitation>>>;

export const decideSubstituteMutation = {
  name: "invitation.substituteDecision",
  schema: decideSubstituteSchema,
  roles: ["CHAIR"],
  revalidate: ["/chairing"],
  run: (input, user) => decideSubstitute(user!, input),
} satisfies ActionConfig<typeof decideSubstituteSchema, Awaited<ReturnType<typeof decideSubstitute>>>;

export const reopenInvitationMutation = {
  name: "invitation.reopen",
  schema: reopenInvitationSchema,
  roles: ["ADMIN", "SECRETARIAT"],
  revalidate: ["/meetings"],
  run: (input, user) => reopenInvitation(user!, input),
} satisfies ActionConfig<typeof reopenInvitationSchema, Awaited<ReturnType<typeof reopenInvitation>>>;
