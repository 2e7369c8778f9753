import { currentSessionClaims, userOfSession } from "@/lib/auth/session";
import { canWatchBoard } from "@/lib/live/board-access";
import { boardEvents } from "@/lib/live/board-stream";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for a meeting's live board: "change" whenever an answer or decision commits,
 * from this instance or (on PostgreSQL) any other. The page then re-renders itself from the server.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const claims = await currentSessionClaims();
  const user = claims && (await userOfSession(claims.userId, claims.sessionVersion));
  if (!claims || !user) return new Response("Unauthorized", { status: 401 });
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") return new Response("Forbidden", { status: 403 });
  const { id } = await params;
  if (!(await canWatchBoard(user, id))) return new Response("Not found", { status: 404 });
  // Checked again while the stream is open: a deactivated account or one that lost the meeting stops hearing it.
  const stillAllowed = async () => canWatchBoard(await userOfSession(claims.userId, claims.sessionVersion), id);
  return boardEvents({ userId: user.id, meetingId: id, signal: request.signal, stillAllowed });
}
