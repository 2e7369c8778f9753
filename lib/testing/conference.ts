import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/connect";

// A large online conference held on 05/01/2026, for the benchmarks and the large-conference tests:
// `points` connection points, each hosted by a commune of its own that is invited there (confirmed,
// letter sent) and names `people` attendees; the first point is the main one, hosted by the province
// and chaired by its Vice Chairman. Rows go in with createMany, in slices that stay under SQLite's
// parameter limit. Needs the demo seed (the province, its chair and the 27/12/2022 agenda).

const SLICE = 500;
const STARTS = new Date("2026-01-05T01:00:00Z");

async function inSlices<T>(rows: T[], insert: (slice: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += SLICE) await insert(rows.slice(i, i + SLICE));
}

export interface Conference {
  meetingId: string;
  mainPointId: string;
  /** The secretariat of the province, which organised it. */
  organiserUnitId: string;
}

export async function buildConference(db: Db, points: number, people: number): Promise<Conference> {
  const province = await db.unit.findFirstOrThrow({ where: { kind: "PROVINCE" }, select: { id: true } });
  const chair = await db.official.findFirstOrThrow({ where: { fullName: "Bùi Đình Long" }, select: { id: true } });
  const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true } });
  const meeting = await db.meeting.create({
    data: {
      title: `Hội nghị trực tuyến ${points} điểm cầu`,
      titleAscii: `hoi nghi truc tuyen ${points} diem cau`,
      kind: "YEAR_END_REVIEW",
      mode: "ONLINE",
      status: "HELD",
      organiserUnitId: province.id,
      startsAt: STARTS,
      endsAt: new Date(STARTS.getTime() + 3 * 3_600_000),
    },
    select: { id: true },
  });
  const template = await db.agendaItem.findMany({
    where: { meeting: { title: { contains: "tổng kết công tác lao động" } } },
    select: { position: true, title: true, minutesSkeleton: true, durationMinutes: true },
  });
  await db.agendaItem.createMany({ data: template.map((item) => ({ ...item, meetingId: meeting.id })) });

  const n = Array.from({ length: points }, (_, i) => ({
    i,
    unit: randomUUID(),
    place: randomUUID(),
    point: randomUUID(),
    invitation: randomUUID(),
    response: randomUUID(),
  }));
  await inSlices(n, (s) =>
    db.unit.createMany({
      data: s.map(({ i, unit }) => ({
        id: unit,
        name: `UBND xã số ${i + 1}`,
        nameAscii: `ubnd xa so ${i + 1}`,
        kind: "COMMUNE" as const,
        block: "GOVERNMENT" as const,
        parentId: province.id,
      })),
    }),
  );
  await inSlices(n, (s) =>
    db.connectionPoint.createMany({
      data: s.map(({ i, unit, place }) => ({
        id: place,
        name: `Điểm cầu số ${i + 1}`,
        nameAscii: `diem cau so ${i + 1}`,
        hostUnitId: i === 0 ? province.id : unit,
        address: `Trụ sở xã số ${i + 1}`,
      })),
    }),
  );
  await inSlices(n, (s) =>
    db.meetingPoint.createMany({
      data: s.map(({ i, place, point }) => ({
        id: point,
        meetingId: meeting.id,
        connectionPointId: place,
        isMain: i === 0,
        position: i,
        chairOfficialId: i === 0 ? chair.id : null,
      })),
    }),
  );
  await inSlices(n, (s) =>
    db.invitation.createMany({
      data: s.map(({ unit, point, invitation }) => ({
        id: invitation,
        meetingId: meeting.id,
        meetingPointId: point,
        unitId: unit,
        seats: people,
        status: "CONFIRMED" as const,
        documentNumber: "01/GM-UBND",
        sentAt: new Date(STARTS.getTime() - 5 * 86_400_000),
      })),
    }),
  );
  await inSlices(n, (s) =>
    db.invitationResponse.createMany({
      data: s.map(({ invitation, response }) => ({
        id: response,
        invitationId: invitation,
        kind: "CONFIRM" as const,
        forStartsAt: STARTS,
        respondedById: admin.id,
      })),
    }),
  );
  const attendees = n.flatMap(({ i, point, invitation, response }) =>
    Array.from({ length: people }, (_, p) => ({
      meetingPointId: point,
      invitationId: invitation,
      responseId: response,
      fullName: `Nguyễn Văn ${i}-${p}`,
      title: "Chủ tịch UBND xã",
      checkIn: p % 7 === 0 ? ("ABSENT" as const) : ("PRESENT_ONLINE" as const),
      absenceReason: p % 7 === 0 ? "Đi công tác" : null,
    })),
  );
  await inSlices(attendees, (s) => db.attendee.createMany({ data: s }));
  return { meetingId: meeting.id, mainPointId: n[0]!.point, organiserUnitId: province.id };
}
