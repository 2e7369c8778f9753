import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { dayKey, startOfDay } from "@/lib/datetime/vietnam";
import { seedDemoOnce, userFor } from "@/lib/testing/fixtures";
import * as meetings from "@/lib/meetings/mutations";
import { getMeeting } from "@/lib/meetings/data";
import { getMeetingForApi } from "@/lib/meetings/api";
import { getAgenda } from "@/lib/agenda/data";
import { calendarMeeting } from "@/lib/calendar/data";
import { invitationLetterFor } from "@/lib/invitations/letter";
import { searchOfficials } from "@/lib/options/search";
import { getOfficial, listOfficials } from "./data";
import {
  createOfficialMutation,
  endAppointmentMutation,
  moveOfficialMutation,
  updateOfficialMutation,
} from "./mutations";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let ids: { town: string; nghiHai: string; nghiThuy: string; province: string; hall: string; phuc: string };
let wardOffice: SessionUser;
let provinceOffice: SessionUser;

const DAY = 86_400_000;
const dayFromNow = (days: number) => dayKey(new Date(Date.now() + days * DAY));

/** Every row an official's change can write: what a refused call must leave as it was. */
const snapshot = async () => ({
  officials: await db.official.findMany({ orderBy: { id: "asc" } }),
  posts: await db.officialPost.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
});

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; message: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data;
}

beforeAll(async () => {
  users = await seedDemoOnce();
  const unit = (name: string) => db.unit.findFirstOrThrow({ where: { name } }).then((u) => u.id);
  ids = {
    town: await unit("Thị xã Cửa Lò"),
    nghiHai: await unit("Phường Nghi Hải"),
    nghiThuy: await unit("Phường Nghi Thủy"),
    province: await unit("Tỉnh Nghệ An"),
    hall: (await db.connectionPoint.findFirstOrThrow({ where: { name: { startsWith: "Điểm cầu thị xã Cửa Lò" } } })).id,
    phuc: (await db.official.findFirstOrThrow({ where: { fullName: "Hoàng Văn Phúc" } })).id,
  };
  wardOffice = await userFor("SECRETARIAT", "Phường Nghi Thủy");
  provinceOffice = await userFor("SECRETARIAT", "Tỉnh Nghệ An");
});

const newOfficial = (fields: Record<string, unknown> = {}) => ({
  fullName: "Nguyễn Thị Minh",
  title: "Phó Chủ tịch UBND phường Nghi Hải",
  unitId: ids.nghiHai,
  email: "",
  phone: "",
  validFrom: "",
  ...fields,
});

describe("adding an official", () => {
  it("is refused to chairs, representatives and the signed out, and outside the caller's units, writing nothing", async () => {
    const before = await snapshot();
    for (const caller of [users.chair, users.nghiHai])
      expect(await runAction(createOfficialMutation, caller, newOfficial())).toEqual({
        ok: false,
        message: "errors.forbidden",
      });
    expect(await runAction(createOfficialMutation, null, newOfficial())).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    // A ward's office keeps only its ward; the province's office keeps its own units, not the wards below them.
    for (const caller of [wardOffice, provinceOffice])
      expect(await runAction(createOfficialMutation, caller, newOfficial())).toMatchObject({
        ok: false,
        fieldErrors: { unitId: "officialAdmin.validation.unitNotYours" },
      });
    expect(await snapshot()).toEqual(before);
  });

  it("answers bad input field by field and writes nothing", async () => {
    const before = await snapshot();
    const bad = await runAction(
      createOfficialMutation,
      users.secretariat,
      newOfficial({ fullName: "  ", title: "", email: "minh@", validFrom: "2026-02-30" }),
    );
    expect(!bad.ok && bad.fieldErrors).toEqual({
      fullName: "validation.required",
      title: "validation.required",
      email: "validation.email",
      validFrom: "validation.date",
    });
    expect(
      await runAction(createOfficialMutation, users.secretariat, newOfficial({ unitId: "no-such-unit" })),
    ).toMatchObject({ ok: false, fieldErrors: { unitId: "validation.unknownUnit" } });
    const labour = await db.unit.findFirstOrThrow({ where: { name: "Sở Lao động - Thương binh và Xã hội" } });
    expect(await runAction(createOfficialMutation, users.admin, newOfficial({ unitId: labour.id }))).toMatchObject({
      ok: false,
      fieldErrors: { unitId: "validation.parentNotValid" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("stores the official in NFC with their first post, audited", async () => {
    const created = await ok(
      runAction(
        createOfficialMutation,
        users.secretariat,
        newOfficial({
          fullName: " Nguyễn  Thị Minh ".normalize("NFD"),
          email: "Minh@NghiHai.gov.vn",
          validFrom: "2024-01-02",
        }),
      ),
    );
    const stored = await db.official.findUniqueOrThrow({ where: { id: created.id }, include: { posts: true } });
    expect(stored).toMatchObject({
      fullName: "Nguyễn Thị Minh".normalize("NFC"),
      nameAscii: "nguyen thi minh",
      givenName: "Minh",
      email: "minh@nghihai.gov.vn",
      validFrom: startOfDay("2024-01-02"),
    });
    expect(stored.posts).toEqual([
      expect.objectContaining({
        title: "Phó Chủ tịch UBND phường Nghi Hải",
        unitId: ids.nghiHai,
        validFrom: startOfDay("2024-01-02"),
        validTo: null,
      }),
    ]);
    expect(await db.auditLog.count({ where: { entityId: created.id, action: "official.create" } })).toBe(1);
  });
});

describe("correcting an official", () => {
  it("corrects the record and the current post over the version loaded; another unit's office may not", async () => {
    const created = await ok(
      runAction(createOfficialMutation, users.secretariat, newOfficial({ fullName: "Lê Văn Nam" })),
    );
    const official = await db.official.findUniqueOrThrow({ where: { id: created.id } });
    const input = {
      id: official.id,
      version: official.version,
      fullName: "Lê Văn Năm",
      title: "Chủ tịch UBND phường Nghi Hải",
      unitId: ids.nghiHai,
      email: "",
      phone: "0912 000 111",
    };
    const before = await snapshot();
    expect(await runAction(updateOfficialMutation, wardOffice, input)).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
    expect(await runAction(updateOfficialMutation, users.nghiHai, input)).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
    expect(
      await runAction(updateOfficialMutation, users.secretariat, { ...input, id: "no-such-official" }),
    ).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(await snapshot()).toEqual(before);

    expect(await runAction(updateOfficialMutation, users.secretariat, input)).toEqual({
      ok: true,
      data: { id: official.id, version: official.version + 1 },
    });
    const after = await db.official.findUniqueOrThrow({ where: { id: official.id }, include: { posts: true } });
    expect(after).toMatchObject({ fullName: "Lê Văn Năm", givenName: "Năm", title: "Chủ tịch UBND phường Nghi Hải" });
    expect(after.posts.map((p) => p.title)).toEqual(["Chủ tịch UBND phường Nghi Hải"]);
    expect(await runAction(updateOfficialMutation, users.secretariat, { ...input, fullName: "Lê Văn Nam" })).toEqual({
      ok: false,
      message: "errors.staleVersion",
    });
  });
});

describe("moving the chair to another post", () => {
  const moveDay = dayFromNow(40);
  let later: string;
  let review: string;

  beforeAll(async () => {
    // A meeting after the move, chaired by Hoàng Văn Phúc; its letter is sent before the move is recorded.
    later = (
      await ok(
        runAction(meetings.createMeetingMutation, users.secretariat, {
          title: "Sơ kết 6 tháng đầu năm",
          kind: "MID_TERM_REVIEW",
          mode: "ON_SITE",
          organiserUnitId: ids.town,
          startsAt: `${dayFromNow(45)}T08:00`,
          endsAt: `${dayFromNow(45)}T11:00`,
        }),
      )
    ).id;
    await ok(
      runAction(meetings.addPointMutation, users.secretariat, {
        meetingId: later,
        connectionPointId: ids.hall,
        isMain: true,
        chairOfficialId: ids.phuc,
      }),
    );
    const point = await db.meetingPoint.findFirstOrThrow({ where: { meetingId: later } });
    await ok(
      runAction(meetings.inviteUnitsMutation, users.secretariat, {
        meetingPointId: point.id,
        how: "units",
        unitIds: [ids.nghiHai],
        seats: 1,
      }),
    );
    const { version } = await db.meeting.findUniqueOrThrow({ where: { id: later } });
    await ok(runAction(meetings.sendInvitationsMutation, users.secretariat, { meetingId: later, version }));
    review = (await db.meeting.findFirstOrThrow({ where: { startsAt: new Date("2022-12-27T00:30:00Z") } })).id;
  });

  const phuc = () => db.official.findUniqueOrThrow({ where: { id: ids.phuc } });
  const move = async (fields: Record<string, unknown> = {}) => {
    const { version } = await phuc();
    return {
      id: ids.phuc,
      version,
      title: "Chủ tịch UBND thị xã",
      unitId: ids.town,
      effectiveOn: moveDay,
      ...fields,
    };
  };

  it("refuses the wrong callers, the same post and a target unit outside the caller's, writing nothing", async () => {
    const before = await snapshot();
    for (const caller of [users.chair, users.nghiHai])
      expect(await runAction(moveOfficialMutation, caller, await move())).toEqual({
        ok: false,
        message: "errors.forbidden",
      });
    expect(await runAction(moveOfficialMutation, null, await move())).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await runAction(moveOfficialMutation, wardOffice, await move())).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
    expect(
      await runAction(moveOfficialMutation, users.secretariat, await move({ title: "Phó Chủ tịch UBND thị xã" })),
    ).toMatchObject({ ok: false, fieldErrors: { title: "officialAdmin.validation.samePost" } });
    expect(
      await runAction(moveOfficialMutation, users.secretariat, await move({ unitId: ids.province })),
    ).toMatchObject({ ok: false, fieldErrors: { unitId: "officialAdmin.validation.unitNotYours" } });
    expect(await runAction(moveOfficialMutation, users.secretariat, await move({ effectiveOn: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { effectiveOn: "validation.required" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the old post in the history: a past meeting shows the title of its day, a later one the new title", async () => {
    const result = await runAction(moveOfficialMutation, users.secretariat, await move());
    expect(result.ok).toBe(true);
    const day = startOfDay(moveDay);
    expect(await db.officialPost.findMany({ where: { officialId: ids.phuc }, orderBy: { createdAt: "asc" } })).toEqual([
      expect.objectContaining({ title: "Phó Chủ tịch UBND thị xã", unitId: ids.town, validFrom: null, validTo: day }),
      expect.objectContaining({ title: "Chủ tịch UBND thị xã", unitId: ids.town, validFrom: day, validTo: null }),
    ]);
    expect(await phuc()).toMatchObject({ title: "Chủ tịch UBND thị xã", validFrom: day });

    // The 2022 review, on every screen and document that names its chair at Cửa Lò.
    const cuaLo = (await getMeeting(users.admin, review)).points.find((p) => p.chairOfficialId === ids.phuc)!;
    expect(cuaLo.chair).toEqual({ fullName: "Hoàng Văn Phúc", title: "Phó Chủ tịch UBND thị xã" });
    const { data: api } = await getMeetingForApi(users.admin, review);
    expect(api.points.map((p) => p.chair?.title)).toContain("Phó Chủ tịch UBND thị xã");
    expect(api.points.map((p) => p.chair?.title)).not.toContain("Chủ tịch UBND thị xã");

    // The meeting after the move: page, letter, agenda, calendar file, API, and the chair picker on its date.
    const main = (await getMeeting(users.secretariat, later)).points[0]!;
    expect(main.chair?.title).toBe("Chủ tịch UBND thị xã");
    const invitation = await db.invitation.findFirstOrThrow({ where: { meetingId: later } });
    const { letter } = await invitationLetterFor(users.secretariat, later, invitation.id);
    expect(letter.chair).toEqual({ name: "Hoàng Văn Phúc", title: "Chủ tịch UBND thị xã" });
    expect((await getAgenda(users.secretariat, later)).chair?.title).toBe("Chủ tịch UBND thị xã");
    expect((await calendarMeeting(users.secretariat, later)).points[0]!.chair?.title).toBe("Chủ tịch UBND thị xã");
    expect((await getMeetingForApi(users.secretariat, later)).data.points[0]!.chair?.title).toBe(
      "Chủ tịch UBND thị xã",
    );
    const label = async (at: Date) =>
      (await searchOfficials(users.secretariat, { q: "hoang van phuc", at })).options.map((o) => o.label);
    expect(await label(new Date(day.getTime() - DAY))).toEqual(["Hoàng Văn Phúc — Phó Chủ tịch UBND thị xã"]);
    expect(await label(day)).toEqual(["Hoàng Văn Phúc — Chủ tịch UBND thị xã"]);

    // The official's page lists the meetings chaired, each with the title held that day.
    const page = await getOfficial(users.secretariat, ids.phuc);
    expect(page.chaired.find((c) => c.meeting.id === later)?.title).toBe("Chủ tịch UBND thị xã");
    expect(page.posts.map((p) => p.title)).toEqual(["Chủ tịch UBND thị xã", "Phó Chủ tịch UBND thị xã"]);
  });

  it("refuses a move that does not come after the current post began, writing nothing", async () => {
    const before = await snapshot();
    expect(
      await runAction(moveOfficialMutation, users.secretariat, await move({ title: "Bí thư Thị ủy" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { effectiveOn: "officialAdmin.validation.notAfterCurrentPost" },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("ending an appointment", () => {
  it("is refused while the official chairs a meeting ahead, then ends them: no longer listed or offered", async () => {
    const phuc = await db.official.findUniqueOrThrow({ where: { id: ids.phuc } });
    const before = await snapshot();
    const refused = await runAction(endAppointmentMutation, users.secretariat, {
      id: phuc.id,
      version: phuc.version,
      effectiveOn: dayFromNow(41), // after his move; the review on day 45 is still his
    });
    expect(refused).toMatchObject({ ok: false, message: "officialAdmin.errors.chairsAhead", details: { count: 1 } });
    expect(
      await runAction(endAppointmentMutation, wardOffice, {
        id: phuc.id,
        version: phuc.version,
        effectiveOn: dayFromNow(1),
      }),
    ).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
    expect(await snapshot()).toEqual(before);

    const created = await ok(
      runAction(
        createOfficialMutation,
        users.secretariat,
        newOfficial({ fullName: "Phạm Văn Đông", validFrom: "2020-01-01" }),
      ),
    );
    const official = await db.official.findUniqueOrThrow({ where: { id: created.id } });
    const endsOn = dayFromNow(3);
    expect(
      await runAction(endAppointmentMutation, users.secretariat, {
        id: official.id,
        version: official.version,
        effectiveOn: "2019-12-31",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { effectiveOn: "officialAdmin.validation.notAfterCurrentPost" } });
    await ok(
      runAction(endAppointmentMutation, users.secretariat, {
        id: official.id,
        version: official.version,
        effectiveOn: endsOn,
      }),
    );
    expect(await db.officialPost.findMany({ where: { officialId: official.id } })).toEqual([
      expect.objectContaining({ validFrom: startOfDay("2020-01-01"), validTo: startOfDay(endsOn) }),
    ]);
    const offered = async (at: Date) =>
      (await searchOfficials(users.secretariat, { q: "pham van dong", at })).options.map((o) => o.id);
    expect(await offered(new Date())).toEqual([official.id]);
    expect(await offered(startOfDay(endsOn))).toEqual([]);
    const listed = async (now: Date, ended = false) =>
      (await listOfficials(users.secretariat, "pham van dong", { now, ended })).map((o) => o.id);
    expect(await listed(startOfDay(endsOn))).toEqual([]);
    expect(await listed(startOfDay(endsOn), true)).toEqual([official.id]);
    // Once ended, no move or second end.
    const ended = await db.official.findUniqueOrThrow({ where: { id: official.id } });
    expect(
      await runAction(moveOfficialMutation, users.secretariat, {
        id: ended.id,
        version: ended.version,
        title: "Chuyên viên",
        unitId: ids.nghiHai,
        effectiveOn: dayFromNow(10),
      }),
    ).toEqual({ ok: false, message: "officialAdmin.errors.appointmentEnded" });
  });
});
