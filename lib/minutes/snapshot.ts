// No "server-only" marker: the demo seed, run by scripts, hashes its approved minutes with this too.
import type { Db } from "@/lib/db/connect";
import type { MinutesContent } from "./content";

type Tx = Pick<Db, "minutes">;

/** The minutes' content as stored now: what is hashed at approval and checked on demand. */
export async function storedContent(tx: Tx, minutesId: string): Promise<MinutesContent> {
  const m = await tx.minutes.findUniqueOrThrow({
    where: { id: minutesId },
    select: {
      documentNumber: true,
      title: true,
      place: true,
      chairName: true,
      chairTitle: true,
      secretaryName: true,
      secretaryTitle: true,
      startedAt: true,
      endedAt: true,
      sections: { orderBy: { position: "asc" }, select: { heading: true, body: true } },
      conclusions: {
        orderBy: { position: "asc" },
        select: { content: true, leadUnitId: true, deadline: true, cooperators: { select: { unitId: true } } },
      },
    },
  });
  return {
    number: m.documentNumber,
    title: m.title,
    place: m.place,
    chair: { name: m.chairName, title: m.chairTitle },
    secretary: { name: m.secretaryName, title: m.secretaryTitle },
    startedAt: m.startedAt,
    endedAt: m.endedAt,
    sections: m.sections,
    conclusions: m.conclusions.map((c) => ({
      content: c.content,
      leadUnitId: c.leadUnitId,
      deadline: c.deadline,
      cooperatorIds: c.cooperators.map((x) => x.unitId),
    })),
  };
}
