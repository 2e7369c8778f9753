"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { answerInvitationMutation, decideSubstituteMutation, reopenInvitationMutation } from "./mutations";

const answer = defineAction(answerInvitationMutation);
const decide = defineAction(decideSubstituteMutation);
export const reopenInvitationAction = defineAction(reopenInvitationMutation);

/**
 * The answer form posts here as a plain HTML form, so it works on a slow phone before (or without)
 * any JavaScript; the outcome comes back in the URL of the page it redirects to.
 */
export async function answerFromForm(form: FormData): Promise<void> {
  // Anyone may post anything to an action, not only this page's form.
  const id = form instanceof FormData ? String(form.get("invitationId") ?? "").slice(0, 40) : "";
  const result = await answer(form);
  const query = result.ok
    ? "saved=1"
    : `error=${encodeURIComponent(result.message)}${Object.values(result.fieldErrors ?? {})[0] ? `&field=${encodeURIComponent(Object.values(result.fieldErrors!)[0]!)}` : ""}`;
  redirect(`/invitations${id ? `/${encodeURIComponent(id)}` : ""}?${query}#answer`);
}

export async function decideFromForm(form: FormData): Promise<void> {
  const result = await decide(form);
  redirect(`/chairing?${result.ok ? "decided=1" : `error=${encodeURIComponent(result.message)}`}`);
}
