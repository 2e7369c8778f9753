import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { statisticsExport, statisticsPage, STATISTICS_PAGE_SIZE } from "@/lib/attendance/data";
import { streamStatisticsXlsx } from "@/lib/attendance/export";
import { getMeetingForApi } from "./api";
import { apiMeetingQuerySchema } from "./api-query";
import { resolvePeriod } from "@/lib/attendance/schema";
import { calendarMeeting } from "@/lib/calendar/data";
import { pointFor } from "@/lib/calendar/events";
import { generateMinutes } from "@/lib/minutes/manage";
import { MINUTES_PER_PAGE, minutesOfMeeting, minutesPage } from "@/lib/minutes/data";
import { issueNotice } from "@/lib/minutes/notice";
import { noticeRecord } from "@/lib/minutes/record";
import { sendInvitations } from "@/lib/invitations/manage";
import { remindUnanswered } from "@/lib/reminders/remind";
import { buildConference, type Conference } from "@/lib/testing/conference";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { getMeeting } from "./data";
import { POINTS_PER_PAGE } from "./point-list";

// A conference of more points than SQLite lets one query bind parameters for (Prisma allows it 999):
// every screen and document of the meeting must still load, complete.
const POINTS = 1100;
const PEOPLE = 8;
const NOW = new Date("2026-06-01T00:00:00Z");

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let conference: Conference;
let commune: SessionUser;

beforeAll(async () => {
  users = await seedDemoOnce();
  conference = await buildConference(db, POINTS, PEOPLE);
  const unit = await db.unit.findFirstOrThrow({ where: { name: "UBND xã số 700" } });
  commune = await db.user.create({
    data: {
      email: "xa700@test.local",
      name: "Văn phòng xã số 700",
      role: "UNIT_REP",
      unitId: unit.id,
      passwordHash: "x",
    },
    select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
  });
});

describe(`a conference of ${POINTS} connection points`, () => {
  it("shows every point on the meeting page, a page at a time, and sums up every answer", async () => {
    const first = await getMeeting(users.admin, conference.meetingId);
    expect(first).toMatchObject({ pointCount: POINTS, page: 1, pageCount: Math.ceil(POINTS / POINTS_PER_PAGE) });
    expect(first.points[0]).toMatchObject({ id: conference.mainPointId, isMain: true });
    expect(first.answers).toMatchObject({
      confirmed: POINTS,
      pending: 0,
      declined: 0,
      substitute: 0,
      unsent: 0,
      unanswered: 0,
    });
    expect(first.answers.mailings.map(([number]) => number)).toEqual(["01/GM-UBND"]);
    const seen = new Set<string>();
    for (let page = 1; page <= first.pageCount; page++) {
      const { points } = await getMeeting(users.admin, conference.meetingId, page);
      for (const p of points) {
        seen.add(p.id);
        expect(p.invitations).toHaveLength(1);
        expect(p.invitations[0]).toMatchObject({
          status: "CONFIRMED",
          attendeeCount: PEOPLE,
          answeredForOldTime: false,
        });
      }
    }
    expect(seen.size).toBe(POINTS);
    // Past the last page is the last page.
    expect((await getMeeting(users.admin, conference.meetingId, 10_000)).page).toBe(first.pageCount);
  });

  it("shows a commune's representative only their own line, on every page", async () => {
    const meeting = await getMeeting(commune, conference.meetingId);
    expect(meeting.answers).toMatchObject({ confirmed: 1, pending: 0, unsent: 0 });
    const lines = [];
    for (let page = 1; page <= meeting.pageCount; page++)
      lines.push(...(await getMeeting(commune, conference.meetingId, page)).points.flatMap((p) => p.invitations));
    expect(lines.map((l) => l.unit.name)).toEqual(["UBND xã số 700"]);
  });

  it("gives the calendar file the point that matters to the caller", async () => {
    expect(
      pointFor(users.admin, (await calendarMeeting(users.admin, conference.meetingId)).points)?.connectionPoint.name,
    ).toBe("Điểm cầu số 1");
    expect(pointFor(commune, (await calendarMeeting(commune, conference.meetingId)).points)?.connectionPoint.name).toBe(
      "Điểm cầu số 700",
    );
  });

  it("counts every point and person in the attendance statistics, and shows them a page at a time", async () => {
    const period = resolvePeriod({ from: "2026-01-01", to: "2026-12-31" }, NOW);
    if (!period.ok) throw new Error(period.message);
    const first = await statisticsPage(users.admin, period.period, { unitPage: 1, pointPage: 1 }, NOW);
    // People 0 and 7 of each point are absent with a reason, the other six online.
    expect(first.meetings.groups.find((g) => g.meeting.meetingId === conference.meetingId)?.meeting).toMatchObject({
      pointCount: POINTS,
      invitedUnits: POINTS,
      expected: POINTS * PEOPLE,
      online: POINTS * 6,
      absentWithReason: POINTS * 2,
      present: POINTS * 6,
    });
    const points = new Set<string>();
    for (let page = 1; page <= first.meetings.pageCount; page++) {
      const { groups } = (await statisticsPage(users.admin, period.period, { unitPage: 1, pointPage: page }, NOW))
        .meetings;
      expect(groups.reduce((n, g) => n + Math.max(1, g.points.length), 0)).toBeLessThanOrEqual(STATISTICS_PAGE_SIZE);
      for (const p of groups.find((g) => g.meeting.meetingId === conference.meetingId)?.points ?? [])
        points.add(p.pointId);
    }
    expect(points.size).toBe(POINTS);
    const communes = new Set<string>();
    for (let page = 1; page <= first.units.pageCount; page++) {
      const { rows } = (await statisticsPage(users.admin, period.period, { unitPage: page, pointPage: 1 }, NOW)).units;
      for (const u of rows) if (u.unitName.startsWith("UBND xã số ")) communes.add(u.unitId);
    }
    expect(communes.size).toBe(POINTS);
    expect(first.units.pageCount).toBe(Math.ceil(first.totals.units / STATISTICS_PAGE_SIZE));
  });

  it("exports every unit and point in one workbook, numbered straight through the database's slices", async () => {
    const period = resolvePeriod({ from: "2026-01-01", to: "2026-12-31" }, NOW);
    if (!period.ok) throw new Error(period.message);
    // Slices of 300 rows, so the tables cross several.
    const source = await statisticsExport(users.admin, period.period, NOW, 300);
    const stream = streamStatisticsXlsx({
      ...source,
      from: "2026-01-01",
      to: "2026-12-31",
      scope: "",
      generatedAt: NOW,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(stream).arrayBuffer());
    const column = (sheet: string, n: number) => {
      const values: unknown[] = [];
      workbook.getWorksheet(sheet)!.eachRow((row, i) => i > 1 && values.push(row.getCell(n).value));
      return values;
    };
    const numbers = column("Theo điểm cầu", 1);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(column("Theo điểm cầu", 2).filter((t) => t === `Hội nghị trực tuyến ${POINTS} điểm cầu`)).toHaveLength(
      POINTS,
    );
    const units = column("Theo đơn vị", 2) as string[];
    expect(column("Theo đơn vị", 1)).toEqual(units.map((_, i) => i + 1));
    expect(new Set(units.filter((u) => u.startsWith("UBND xã số "))).size).toBe(POINTS);
  });

  it("gives the JSON API every point, a page at a time, main point first", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await getMeetingForApi(
        users.admin,
        conference.meetingId,
        apiMeetingQuerySchema.parse(cursor ? { limit: "100", cursor } : { limit: "100" }),
      );
      expect(page.data).toMatchObject({ pointCount: POINTS });
      expect(page.data.points.length).toBeLessThanOrEqual(100);
      for (const p of page.data.points) {
        expect(p.invitations).toHaveLength(1);
        seen.push(p.connectionPoint.name);
      }
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(POINTS / 100));
    expect(new Set(seen).size).toBe(POINTS);
    expect(seen[0]).toBe("Điểm cầu số 1");
  });

  it("lists every point in the minutes panel and names every point in the main point's notice", async () => {
    // A page at a time: the administrator may draw up every point's minutes.
    const panel = await minutesOfMeeting(users.admin, conference.meetingId);
    expect(panel).toMatchObject({
      total: POINTS,
      page: 1,
      pageCount: Math.ceil(POINTS / MINUTES_PER_PAGE),
      statusCounts: {},
    });
    expect(panel.rows).toHaveLength(MINUTES_PER_PAGE);
    expect(panel.rows[0]).toMatchObject({ pointId: conference.mainPointId, canGenerate: true });
    const last = await minutesOfMeeting(users.admin, conference.meetingId, panel.pageCount);
    expect(last.rows.at(-1)).toMatchObject({ name: `Điểm cầu số ${POINTS}`, canGenerate: true });
    const { id: minutesId } = await generateMinutes(
      users.admin,
      { meetingPointId: conference.mainPointId, replace: false, version: undefined },
      NOW,
    );
    const page = await minutesPage(users.admin, minutesId);
    expect(page.sections[0]!.body).toContain(`Nguyễn Văn ${POINTS - 1}-${PEOPLE - 1}`);
    // The chair's approval is not what is under test here.
    const lead = await db.unit.findFirstOrThrow({ where: { name: "UBND xã số 1" } });
    await db.conclusion.create({
      data: {
        meetingId: conference.meetingId,
        minutesId,
        position: 0,
        content: "Triển khai kế hoạch năm 2026",
        leadUnitId: lead.id,
      },
    });
    await db.minutes.update({ where: { id: minutesId }, data: { status: "APPROVED", approvedAt: NOW } });
    await issueNotice(users.admin, { minutesId }, NOW);
    const notice = await noticeRecord(users.admin, minutesId);
    expect(notice.points).toHaveLength(POINTS);
    expect(notice.recipients).toEqual(["UBND xã số 1", "Lưu: VT"]);
  });
});

describe(`inviting the units of ${POINTS} connection points`, () => {
  const STARTS = new Date("2027-03-01T01:00:00Z");
  const SENT = new Date("2027-02-01T01:00:00Z");
  let draft: Conference;
  let unitIds: string[];

  beforeAll(async () => {
    // The same conference before its letters went out: a draft a month ahead, nothing sent or answered.
    draft = await buildConference(db, POINTS, 1);
    await db.meeting.update({
      where: { id: draft.meetingId },
      data: { status: "DRAFT", startsAt: STARTS, endsAt: new Date(STARTS.getTime() + 3 * 3_600_000) },
    });
    await db.invitationResponse.deleteMany({ where: { invitation: { meetingId: draft.meetingId } } });
    await db.invitation.updateMany({
      where: { meetingId: draft.meetingId },
      data: { status: "PENDING", sentAt: null, documentNumber: null },
    });
    unitIds = (await db.invitation.findMany({ where: { meetingId: draft.meetingId }, select: { unitId: true } })).map(
      (i) => i.unitId,
    );
    for (let i = 0; i < unitIds.length; i += 500)
      await db.unit.updateMany({
        where: { id: { in: unitIds.slice(i, i + 500) } },
        data: { contactEmail: "vanphong@xa.test" },
      });
  });

  const version = async () => (await db.meeting.findUniqueOrThrow({ where: { id: draft.meetingId } })).version;

  it("still refuses a point booked by another meeting at the same time", async () => {
    const point900 = await db.meetingPoint.findFirstOrThrow({ where: { meetingId: draft.meetingId, position: 899 } });
    const other = await db.meeting.create({
      data: {
        title: "Họp trùng giờ",
        titleAscii: "hop trung gio",
        kind: "BRIEFING",
        mode: "ON_SITE",
        status: "SCHEDULED",
        organiserUnitId: draft.organiserUnitId,
        startsAt: STARTS,
        endsAt: new Date(STARTS.getTime() + 3_600_000),
        points: { create: { connectionPointId: point900.connectionPointId, isMain: true } },
      },
    });
    await expect(
      sendInvitations(users.admin, { meetingId: draft.meetingId, version: await version() }, SENT),
    ).rejects.toMatchObject({
      key: "scheduling.conflicts.refused",
      details: {
        conflicts: [
          expect.objectContaining({
            kind: "POINT_DOUBLE_BOOKED",
            params: expect.objectContaining({ point: "Điểm cầu số 900", meeting: "Họp trùng giờ" }),
          }),
        ],
      },
    });
    expect(await db.invitation.count({ where: { meetingId: draft.meetingId, sentAt: { not: null } } })).toBe(0);
    await db.meeting.update({ where: { id: other.id }, data: { status: "CANCELLED" } });
  });

  it("sends every letter under one number, queues every e-mail, and reminds every unit that has not answered", async () => {
    const sent = await sendInvitations(users.admin, { meetingId: draft.meetingId, version: await version() }, SENT);
    expect(sent).toMatchObject({ sent: POINTS });
    expect(
      await db.invitation.count({
        where: { meetingId: draft.meetingId, sentAt: SENT, documentNumber: sent.documentNumber },
      }),
    ).toBe(POINTS);
    expect(await db.outboxMessage.count({ where: { meetingId: draft.meetingId, kind: "invitation" } })).toBe(POINTS);

    const reminded = await remindUnanswered(
      users.admin,
      { meetingId: draft.meetingId },
      new Date("2027-02-10T01:00:00Z"),
    );
    expect(reminded).toEqual({ reminded: POINTS, emails: POINTS, quiet: 0 });
    expect(await db.invitation.count({ where: { meetingId: draft.meetingId, lastRemindedAt: { not: null } } })).toBe(
      POINTS,
    );
  });
});
