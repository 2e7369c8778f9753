import type { Db } from "@/lib/db/connect";

/**
 * Takes the template row's lock with a no-op UPDATE. An in-place edit and a meeting applying that
 * version both start here, so they run one after the other: either the edit then sees the meeting
 * using the version and saves a new one, or the meeting gets the edited items — never a meeting whose
 * agenda came from items its recorded version no longer has. False when no such (active) row exists.
 */
export async function lockTemplate(
  tx: Pick<Db, "agendaTemplate">,
  id: string,
  { activeOnly }: { activeOnly: boolean },
): Promise<boolean> {
  const { count } = await tx.agendaTemplate.updateMany({
    where: { id, ...(activeOnly && { status: "ACTIVE" as const }) },
    data: { version: { increment: 0 } },
  });
  return count > 0;
}
