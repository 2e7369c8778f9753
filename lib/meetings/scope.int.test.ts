import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listMeetings, getMeeting } from "./data";
import { listUnitInvitations } from "@/lib/invitations/data";
import { AccessDenied, NotFound } from "@/lib/errors";
import { searchKey } from "@/lib/text/normalize";
import { representativeOf, seedDemoOnce } from "@/lib/testing/fixtures";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;

beforeAll(async () => {
  users = await seedDemoOnce();
});

describe("a unit representative sees only their own unit", () => {
  it("lists exactly the invitations addressed to phường Nghi Hải", async () => {
    const mine = await listUnitInvitations(users.nghiHai);
    const expected = await db.invitation.count({
      where: { unit: { name: "Phường Nghi Hải" }, meeting: { status: { not: "DRAFT" } } },
    });
    expect(mine.length).toBe(expected);
    expect(mine.length).toBeGreaterThanOrEqual(3);
    expect(new Set(mine.map((i) => i.unit.name))).toEqual(new Set(["Phường Nghi Hải"]));
  });

  it("does not show Nghi Hải's invitations to another ward", async () => {
    const thuThuy = await representativeOf("Phường Thu Thủy");
    const theirs = await listUnitInvitations(thuThuy);
    const nghiHaiIds = new Set((await listUnitInvitations(users.nghiHai)).map((i) => i.id));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.some((i) => nghiHaiIds.has(i.id))).toBe(false);
  });

  it("shows, on a meeting page, only the unit's own line at each point", async () => {
    const [upcoming] = await listMeetings(users.nghiHai, "upcoming");
    const meeting = await getMeeting(users.nghiHai, upcoming!.id);
    const lines = meeting.points.flatMap((p) => p.invitations);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.unit.name === "Phường Nghi Hải")).toBe(true);
  });

  it("cannot open a meeting that does not invite the unit, nor a draft", async () => {
    const draft = await db.meeting.findFirstOrThrow({ where: { status: "DRAFT" } });
    await expect(getMeeting(users.nghiHai, draft.id)).rejects.toBeInstanceOf(NotFound);
    const other = await db.meeting.create({
      data: {
        title: "Họp riêng của phường Nghi Thu",
        titleAscii: searchKey("Họp riêng của phường Nghi Thu"),
        kind: "BRIEFING",
        mode: "ON_SITE",
        status: "SCHEDULED",
        organiserUnitId: (await db.unit.findFirstOrThrow({ where: { name: "Phường Nghi Thu" } })).id,
        startsAt: new Date(Date.now() + 5 * 86_400_000),
        endsAt: new Date(Date.now() + 5 * 86_400_000 + 3_600_000),
      },
    });
    await expect(getMeeting(users.nghiHai, other.id)).rejects.toBeInstanceOf(NotFound);
    expect((await listMeetings(users.nghiHai, "upcoming")).some((m) => m.id === other.id)).toBe(false);
    // …and the town's secretariat does not see a ward's own meeting either.
    expect((await listMeetings(users.secretariat, "upcoming")).some((m) => m.id === other.id)).toBe(false);
  });

  it("refuses the unit inbox to other roles", async () => {
    await expect(listUnitInvitations(users.secretariat)).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe("secretariat and chair scope", () => {
  it("gives the town secretariat its own meetings and the provincial one it hosts a point of", async () => {
    const titles = [
      ...(await listMeetings(users.secretariat, "upcoming")),
      ...(await listMeetings(users.secretariat, "past")),
    ].map((m) => m.title);
    expect(titles).toContain("Giao ban công tác tuần của Thường trực UBND thị xã");
    expect(titles.some((t) => t.startsWith("Hội nghị trực tuyến tổng kết công tác lao động"))).toBe(true);
  });

  it("gives a chair only meetings where they chair a point", async () => {
    const meetings = [...(await listMeetings(users.chair, "upcoming")), ...(await listMeetings(users.chair, "past"))];
    expect(meetings.length).toBeGreaterThan(0);
    const chaired = await db.meeting.count({
      where: { points: { some: { chairOfficialId: users.chair.officialId } } },
    });
    expect(meetings.length).toBe(chaired);
    const unchaired = await db.meeting.create({
      data: {
        title: "Hội nghị không do đồng chí Phúc chủ trì",
        titleAscii: "x",
        kind: "THEMATIC",
        mode: "ON_SITE",
        organiserUnitId: users.chair.unitId,
        startsAt: new Date(Date.now() + 9 * 86_400_000),
        endsAt: new Date(Date.now() + 9 * 86_400_000 + 3_600_000),
      },
    });
    await expect(getMeeting(users.chair, unchaired.id)).rejects.toBeInstanceOf(NotFound);
  });
});

describe("meeting list filters", () => {
  it("narrows the caller's meetings by status, point and date, never beyond their scope", async () => {
    const drafts = await listMeetings(users.secretariat, "upcoming", new Date(), { status: "DRAFT" });
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((m) => m.status === "DRAFT")).toBe(true);
    const hall = await db.connectionPoint.findFirstOrThrow({ where: { name: "Phòng họp số 1 - UBND thị xã Cửa Lò" } });
    const atRoom = await listMeetings(users.secretariat, "upcoming", new Date(), { point: hall.id });
    expect(atRoom.map((m) => m.title)).toContain("Giao ban công tác tuần của Thường trực UBND thị xã");
    expect(atRoom.every((m) => m.mainPoint === hall.name || m.pointCount > 1)).toBe(true);
    expect(
      await listMeetings(users.secretariat, "past", new Date(), { from: "2022-12-27", to: "2022-12-27" }),
    ).toHaveLength(1);
    expect(
      await listMeetings(users.secretariat, "past", new Date(), { from: "2023-01-01", to: "2023-12-31" }),
    ).toHaveLength(0);
    // Filtering a ward representative by status DRAFT still shows nothing: drafts are outside their scope.
    expect(await listMeetings(users.nghiHai, "upcoming", new Date(), { status: "DRAFT" })).toHaveLength(0);
  });
});
