import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/connect";
import { StaleVersion } from "@/lib/errors";
import { assertDraft } from "./access";
import { revisionContent } from "./content";
import { storedContent } from "./snapshot";

type Tx = Pick<Db, "minutes" | "minutesRevision">;

/**
 * Every write to the minutes starts here: one conditional UPDATE moves a draft to its next version.
 * It takes the row's lock first, so a submit or an approval running at the same time either waits and
 * then sees the new version (and is refused as stale) or has already moved the minutes out of draft
 * (and this write is refused): approved content cannot change whatever the interleaving.
 */
export async function nextDraftVersion(tx: Tx, minutesId: string, expected?: number): Promise<number> {
  // Writes of the whole (header, regeneration) name the version they were made from; a section save
  // has its own version and only needs the minutes to be a draft.
  const { count } = await tx.minutes.updateMany({
    where: { id: minutesId, status: "DRAFT", version: expected },
    data: { version: { increment: 1 } },
  });
  const { status, version } = await tx.minutes.findUniqueOrThrow({
    where: { id: minutesId },
    select: { status: true, version: true },
  });
  if (count === 0) {
    assertDraft(status);
    throw new StaleVersion();
  }
  return version;
}

/** Keeps the whole text as it stands after this save, so any two versions can be compared. */
export async function saveRevision(tx: Tx, minutesId: string, version: number, author: SessionUser): Promise<void> {
  const content = revisionContent(await storedContent(tx, minutesId));
  await tx.minutesRevision.create({
    data: { minutesId, version, authorId: author.id, content: JSON.stringify(content) },
  });
}
