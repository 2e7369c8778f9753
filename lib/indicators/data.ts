import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { NotFound } from "@/lib/errors";
import { managesMeeting } from "@/lib/meetings/authorise";
import { meetingScope } from "@/lib/meetings/scope";
import { percentOfPlan } from "./numbers";

/** The meeting's indicators in order, each with its % of plan; `manageable` when the caller may edit them. */
export async function getIndicators(user: SessionUser, meetingId: string) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingScope(user)] },
    select: {
      id: true,
      title: true,
      status: true,
      organiserUnitId: true,
      indicators: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, unitOfMeasure: true, plan: true, actual: true, target: true, note: true },
      },
    },
  });
  if (!meeting) throw new NotFound();
  const { indicators, ...rest } = meeting;
  return {
    ...rest,
    manageable: managesMeeting(user, meeting.organiserUnitId) && meeting.status !== "CANCELLED",
    rows: indicators.map((row) => ({ ...row, percentOfPlan: percentOfPlan(row.plan, row.actual) })),
  };
}
