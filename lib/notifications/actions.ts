"use server";

import { defineAction } from "@/lib/action";
import { markAllReadMutation } from "./mutations";

export const markAllReadAction = defineAction(markAllReadMutation);

/** The notifications page's button, a plain form: the page shows the outcome when it renders again. */
export async function markAllReadFromForm(form: FormData): Promise<void> {
  await markAllReadAction(form);
}
