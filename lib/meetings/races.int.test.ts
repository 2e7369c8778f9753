// Races found in review, run with truly parallel calls. On PostgreSQL (READ COMMITTED) they are real;
// on SQLite the writes are serialised and the same assertions must hold.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { toLocalInput } from "@/lib/datetime/vietnam";
import { seedDemoOnce, userFor } from "@/lib/testing/fixtures";
import type { SessionUser } from "@/lib/auth/roles";
import * as m from "./mutations";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let provinceSecretariat: SessionUser;
let ids: { town: string; province: string; room: string; phuc: string; nghiHai: string; nghiTan: string };

const DAY = 86_400_000;
const at = (days: number, hhmm: string) => `${toLocalInput(new Date(Date.now() + days * DAY)).slice(0, 10)}T${hhmm}`;

beforeAll(async () => {
  users = await seedDemoOnce();
  const unit = (name: string) => db.unit.findFirstOrThrow({ where: { name } }).then((u) => u.id);
  ids = {
    town: await unit("Thị xã Cửa Lò"),
    province: await unit("Tỉnh Nghệ An"),
    nghiHai: await unit("Phường Nghi Hải"),
    nghiTan: await unit("Phường Nghi Tân"),
    room: (await db.connectionPoint.findFirstOrThrow({ where: { name: "Phòng họp số 1 - UBND thị xã Cửa Lò" } })).id,
    phuc: (await db.official.findFirstOrThrow({ where: { fullName: "Hoàng Văn Phúc" } })).id,
  };
  provinceSecretariat = await userFor("SECRETARIAT", "Tỉnh Nghệ An");
});

async function draftMeeting(user: SessionUser, organiserUnitId: string, days: number) {
  const created = await runAction(m.createMeetingMutation, user, {
    title: "Họp kiểm tra tranh chấp",
    kind: "PROFESSIONAL",
    mode: "ON_SITE",
    organiserUnitId,
    startsAt: at(days, "08:00"),
    endsAt: at(days, "10:00"),
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.data.id;
}

const okCount = (results: { ok: boolean }[]) => results.filter((r) => r.ok).length;

describe("sending invitations twice at once", () => {
  it("issues one GM number and e-mails each unit once", async () => {
    const meetingId = await draftMeeting(users.secretariat, ids.town, 40);
    const point = await runAction(m.addPointMutation, users.secretariat, {
      meetingId,
      connectionPointId: ids.room,
      isMain: true,
    });
    if (!point.ok) throw new Error(JSON.stringify(point));
    const invited = await runAction(m.inviteUnitsMutation, users.secretariat, {
      meetingPointId: point.data.id,
      how: "units",
      unitIds: [ids.nghiHai, ids.nghiTan],
      seats: 2,
    });
    expect(invited.ok).toBe(true);
    const { version } = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const registerBefore = await db.documentRegister.findMany({ where: { issuingUnitId: ids.town, typeCode: "GM" } });

    const results = await Promise.all(
      [1, 2, 3].map(() => runAction(m.sendInvitationsMutation, users.secretariat, { meetingId, version })),
    );

    expect(okCount(results)).toBe(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.message)).toEqual([
      "errors.staleVersion",
      "errors.staleVersion",
    ]);
    const registerAfter = await db.documentRegister.findMany({ where: { issuingUnitId: ids.town, typeCode: "GM" } });
    const taken = (rows: typeof registerAfter) => rows.reduce((sum, r) => sum + r.lastNumber, 0);
    expect(taken(registerAfter) - taken(registerBefore)).toBe(1);
    const numbers = await db.invitation.findMany({ where: { meetingId }, select: { documentNumber: true } });
    expect(new Set(numbers.map((n) => n.documentNumber)).size).toBe(1);
    const mails = await db.outboxMessage.findMany({ where: { meetingId, kind: "invitation" }, select: { to: true } });
    expect(mails.length).toBe(new Set(mails.map((x) => x.to)).size);
    expect(
      await db.notification.count({ where: { link: `/meetings/${meetingId}`, kind: "invitation.received" } }),
    ).toBe(
      await db.user.count({ where: { unitId: { in: [ids.nghiHai, ids.nghiTan] }, role: "UNIT_REP", active: true } }),
    );
  });
});

describe("double booking", () => {
  // A few rounds, each on its own day, so that the two transactions' reads and writes interleave at least once.
  it("gives a hall to one of two secretariats booking it for the same time at once", async () => {
    for (const day of [50, 52, 54, 56, 58]) {
      const [town, province] = await Promise.all([
        draftMeeting(users.secretariat, ids.town, day),
        draftMeeting(provinceSecretariat, ids.province, day),
      ]);
      const results = await Promise.all([
        runAction(m.addPointMutation, users.secretariat, {
          meetingId: town,
          connectionPointId: ids.room,
          isMain: true,
        }),
        runAction(m.addPointMutation, provinceSecretariat, {
          meetingId: province,
          connectionPointId: ids.room,
          isMain: true,
        }),
      ]);
      expect(okCount(results)).toBe(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ message: "scheduling.conflicts.refused" });
      expect(await db.meetingPoint.count({ where: { meetingId: { in: [town, province] } } })).toBe(1);
    }
  });

  it("gives a chair to one of two meetings at the same time", async () => {
    const halls = await db.connectionPoint.findMany({ where: { retiredAt: null }, take: 2, orderBy: { id: "asc" } });
    for (const day of [51, 53, 55, 57, 59]) {
      const [first, second] = await Promise.all([
        draftMeeting(users.secretariat, ids.town, day),
        draftMeeting(users.secretariat, ids.town, day),
      ]);
      const results = await Promise.all(
        [first, second].map((meetingId, i) =>
          runAction(m.addPointMutation, users.secretariat, {
            meetingId,
            connectionPointId: halls[i]!.id,
            isMain: true,
            chairOfficialId: ids.phuc,
          }),
        ),
      );
      expect(okCount(results)).toBe(1);
      const chaired = { meetingId: { in: [first, second] }, chairOfficialId: ids.phuc };
      expect(await db.meetingPoint.count({ where: chaired })).toBe(1);
    }
  });
});
