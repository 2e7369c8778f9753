import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { calendarMeeting } from "@/lib/calendar/data";
import { toCalendarEvent } from "@/lib/calendar/events";
import { renderCalendar } from "@/lib/calendar/ics";
import { calendarText } from "@/lib/calendar/labels";
import { dayKey } from "@/lib/datetime/vietnam";
import { NotFound } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";

// One meeting as a calendar file, for "add to my calendar". Scoped like the meeting page: a meeting the
// caller may not see is simply not found.

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  const user = await currentUser();
  if (!user) return Response.redirect(new URL("/login", request.url), 303);
  let meeting;
  try {
    meeting = await calendarMeeting(user, (await params).id);
  } catch (error) {
    if (error instanceof NotFound)
      return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
  const text = calendarText((await cookies()).get(LOCALE_COOKIE)?.value);
  const body = renderCalendar({
    name: meeting.title,
    events: [toCalendarEvent(meeting, { user, origin: new URL(request.url).origin, labels: text.labels })],
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="hoi-nghi-${dayKey(meeting.startsAt)}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
