import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { ISSUING_UNIT_SELECT, issuingBodyOf } from "@/lib/documents/issuing-body";
import type { ConclusionItem, ConclusionNoticeRecord, MinutesRecord } from "@/lib/documents/minutes-record";
import { DomainError } from "@/lib/errors";
import { minutesToRead } from "./access";
import { parseMarkup } from "./markup";
import { pointHeading } from "./participants";
import { meetingNoun } from "@/lib/documents/wording";

// The signer of a notice is not modelled yet: the block leaves room for a hand signature and name.
const NOTICE_SIGNER = { authority: ["TL. Chủ tịch", "Chánh Văn phòng"], name: "" };

async function load(user: SessionUser, minutesId: string) {
  await minutesToRead(db, user, minutesId);
  return db.minutes.findUniqueOrThrow({
    where: { id: minutesId },
    select: {
      status: true,
      documentNumber: true,
      title: true,
      place: true,
      chairName: true,
      chairTitle: true,
      secretaryName: true,
      secretaryTitle: true,
      startedAt: true,
      endedAt: true,
      meeting: {
        select: {
          title: true,
          kind: true,
          startsAt: true,
          organiserUnit: { select: ISSUING_UNIT_SELECT },
          points: {
            orderBy: [{ isMain: "desc" }, { position: "asc" }],
            select: { id: true, isMain: true, connectionPoint: { select: { name: true } } },
          },
        },
      },
      meetingPoint: {
        select: {
          id: true,
          isMain: true,
          connectionPoint: { select: { name: true, hostUnit: { select: ISSUING_UNIT_SELECT } } },
        },
      },
      sections: { orderBy: { position: "asc" }, select: { heading: true, body: true } },
      conclusions: {
        orderBy: { position: "asc" },
        select: {
          content: true,
          deadline: true,
          leadUnit: { select: { name: true } },
          cooperators: { select: { unit: { select: { name: true } } } },
        },
      },
      notice: { select: { documentNumber: true, issuedAt: true } },
    },
  });
}

type Loaded = Awaited<ReturnType<typeof load>>;

/** The main point's minutes are issued by the organiser; a hub's by the unit hosting it. */
function issuerOf(m: Loaded) {
  return issuingBodyOf(m.meetingPoint.isMain ? m.meeting.organiserUnit : m.meetingPoint.connectionPoint.hostUnit);
}

export function conclusionItems(m: Pick<Loaded, "conclusions">): ConclusionItem[] {
  return m.conclusions.map((c) => ({
    content: c.content,
    leadUnit: c.leadUnit?.name ?? null,
    cooperators: c.cooperators.map((x) => x.unit.name),
    deadline: c.deadline,
  }));
}

export async function minutesRecord(user: SessionUser, minutesId: string): Promise<MinutesRecord> {
  const m = await load(user, minutesId);
  const issuer = issuerOf(m);
  return {
    parentBody: issuer.parentBody,
    issuingBody: issuer.issuingBody,
    number: m.documentNumber,
    title: m.title,
    meetingKind: m.meeting.kind,
    startedAt: m.startedAt ?? m.meeting.startsAt,
    endedAt: m.endedAt,
    place: m.place,
    chair: { name: m.chairName, title: m.chairTitle },
    secretary: { name: m.secretaryName, title: m.secretaryTitle },
    sections: m.sections.map((s) => ({ heading: s.heading, blocks: parseMarkup(s.body) })),
    conclusions: conclusionItems(m),
    draft: m.status !== "APPROVED",
    recipients: [`Chủ tọa ${meetingNoun(m.meeting.kind)}`, "Lưu: VT"],
  };
}

export async function noticeRecord(user: SessionUser, minutesId: string): Promise<ConclusionNoticeRecord> {
  const m = await load(user, minutesId);
  if (!m.notice?.documentNumber || !m.notice.issuedAt) throw new DomainError("minutes.errors.noticeNotIssued");
  const issuer = issuerOf(m);
  const items = conclusionItems(m);
  // The main point's notice names every point; a hub's, its own.
  const points = m.meetingPoint.isMain ? m.meeting.points : m.meeting.points.filter((p) => p.id === m.meetingPoint.id);
  const units = [
    ...new Set(items.flatMap((c) => [c.leadUnit, ...c.cooperators]).filter((u): u is string => Boolean(u))),
  ];
  return {
    parentBody: issuer.parentBody,
    issuingBody: issuer.issuingBody,
    number: m.notice.documentNumber,
    placeName: issuer.placeName,
    issuedAt: m.notice.issuedAt,
    meetingTitle: m.title,
    meetingKind: m.meeting.kind,
    meetingStartedAt: m.startedAt ?? m.meeting.startsAt,
    organiser: m.meetingPoint.isMain ? undefined : issuingBodyOf(m.meeting.organiserUnit).issuingBody,
    chair: { name: m.chairName, title: m.chairTitle },
    points: points.map((p) => pointHeading({ name: p.connectionPoint.name, isMain: p.isMain }).replace(/^Đ/u, "đ")),
    conclusions: items,
    signer: NOTICE_SIGNER,
    recipients: [...units, "Lưu: VT"],
  };
}
