import { currentUser } from "@/lib/auth/session";
import { getMeeting } from "@/lib/meetings/data";
import { NotFound } from "@/lib/errors";
import { subscribeToMeeting } from "@/lib/live/bus";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for a meeting's live board: "change" whenever an answer or decision commits,
 * from this instance or (on PostgreSQL) any other. The page then re-renders itself from the server.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") return new Response("Forbidden", { status: 403 });
  const { id } = await params;
  try {
    await getMeeting(user, id);
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    throw error;
  }
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = await subscribeToMeeting(id, () => send(`event: change\ndata: ${id}\n\n`));
      // A comment every 25 s keeps proxies from closing an idle connection.
      const keepAlive = setInterval(() => send(": keep-alive\n\n"), 25_000);
      cleanup = () => {
        clearInterval(keepAlive);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {}
      });
      send("retry: 3000\n\n");
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
    },
  });
}
