import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, StaleVersion } from "@/lib/errors";
import { meetingToManage } from "@/lib/meetings/authorise";
import type { saveIndicatorsSchema } from "./schema";

const TX = { timeout: 20_000, maxWait: 10_000 };
const FIELDS = {
  id: true,
  position: true,
  name: true,
  unitOfMeasure: true,
  plan: true,
  actual: true,
  target: true,
  note: true,
} as const;

/**
 * Replaces the meeting's indicator table with the rows given, in that order. The form names the rows it
 * was loaded with; every save makes new rows, so a save from a page loaded before someone else's is refused.
 */
export async function saveIndicators(user: SessionUser, input: z.output<typeof saveIndicatorsSchema>) {
  return db.$transaction(async (tx) => {
    const meeting = await meetingToManage(tx, user, input.meetingId);
    if (meeting.status === "CANCELLED") throw new DomainError("indicators.errors.cancelled");
    // Holds the meeting's row until commit, so two saves that both start from an empty table queue up
    // rather than both inserting (there are no rows yet whose deletion could conflict).
    await tx.$executeRaw`UPDATE "Meeting" SET "version" = "version" WHERE "id" = ${meeting.id}`;
    const before = await tx.indicator.findMany({
      where: { meetingId: meeting.id },
      orderBy: { position: "asc" },
      select: FIELDS,
    });
    const loaded = new Set(input.loadedIds);
    if (
      loaded.size !== input.loadedIds.length ||
      loaded.size !== before.length ||
      before.some((row) => !loaded.has(row.id))
    )
      throw new StaleVersion();
    // Deleting exactly the rows the form showed: a concurrent save from the same page already replaced them.
    const { count } = await tx.indicator.deleteMany({ where: { meetingId: meeting.id, id: { in: input.loadedIds } } });
    if (count !== input.loadedIds.length) throw new StaleVersion();
    if ((await tx.indicator.count({ where: { meetingId: meeting.id } })) > 0) throw new StaleVersion();
    const created = await tx.indicator.createManyAndReturn({
      data: input.rows.map((row, position) => ({ ...row, meetingId: meeting.id, position })),
      select: { id: true, position: true },
    });
    // The form names these on its next save, so they are returned in the table's order.
    const ids = created.sort((a, b) => a.position - b.position).map((row) => row.id);
    await recordAudit(tx, {
      actor: user,
      action: "indicators.save",
      entityType: "Meeting",
      entityId: meeting.id,
      before: before.map((row) => ({ ...row, id: undefined })),
      after: input.rows,
    });
    return { count: input.rows.length, ids };
  }, TX);
}
