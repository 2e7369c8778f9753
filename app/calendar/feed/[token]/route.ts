import { feedFor } from "@/lib/calendar/data";
import { toCalendarEvent } from "@/lib/calendar/events";
import { renderCalendar } from "@/lib/calendar/ics";
import { calendarText } from "@/lib/calendar/labels";
import { tokenFromSegment } from "@/lib/calendar/urls";

// A private calendar feed (/calendar/feed/<token>.ics) for calendar applications, which fetch it without
// a session: the token in the path is the credential. A replaced token, an unknown one or a deactivated
// owner all answer 404, so nothing tells a guesser which tokens once existed.

type Context = { params: Promise<{ token: string }> };

function notFound() {
  return new Response("Not found\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function GET(request: Request, { params }: Context) {
  const token = tokenFromSegment((await params).token);
  if (!token) return notFound();
  const feed = await feedFor(token);
  if (!feed) return notFound();
  const text = calendarText(feed.locale);
  const origin = new URL(request.url).origin;
  const body = renderCalendar({
    name: text.calendarName(feed.user.name),
    events: feed.meetings.map((meeting) => toCalendarEvent(meeting, { user: feed.user, origin, labels: text.labels })),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="hoinghi.ics"',
      "Cache-Control": "private, max-age=300",
      // The URL is a secret: keep it out of search engines and out of Referer headers.
      "X-Robots-Tag": "noindex, nofollow",
      "Referrer-Policy": "no-referrer",
    },
  });
}
