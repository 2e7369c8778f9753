import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { meetingScope } from "@/lib/meetings/scope";

/** Who may watch a meeting's live board: its secretariats and administrators, within their scope. */
export async function canWatchBoard(user: SessionUser | null, meetingId: string): Promise<boolean> {
  if (!user || (user.role !== "ADMIN" && user.role !== "SECRETARIAT")) return false;
  return (await db.meeting.count({ where: { AND: [{ id: meetingId }, meetingScope(user)] } })) > 0;
}
