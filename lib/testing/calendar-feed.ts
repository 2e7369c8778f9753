import { runAction } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { createCalendarFeedMutation } from "@/lib/calendar/mutations";
import { tokenFromSegment } from "@/lib/calendar/urls";

/** Makes the user a new private feed address, as the calendar page's button does, and returns its secret. */
export async function newFeedToken(user: SessionUser): Promise<string> {
  const result = await runAction(createCalendarFeedMutation, user, {});
  if (!result.ok) throw new Error(result.message);
  return tokenFromSegment(result.data.path.split("/").at(-1)!)!;
}
