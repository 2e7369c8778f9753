import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { dayKey, startOfDay } from "@/lib/datetime/vietnam";
import { seedDemoOnce, userFor } from "@/lib/testing/fixtures";
import * as meetings from "@/lib/meetings/mutations";
import { getMeeting } from "@/lib/meetings/data";
import { invitationLetterFor } from "@/lib/invitations/letter";
import { listTasks } from "@/lib/conclusions/tasks";
import { verifyMinutes } from "@/lib/minutes/review";
import { getUnit } from "./data";
import { createUnitMutation, handOverMutation, recordUnitChangeMutation, updateUnitMutation } from "./mutations";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let ids: { town: string; nghiHai: string; nghiThu: string; province: string; hall: string };

const DAY = 86_400_000;
/** The day `days` from today in Vietnam, as a form sends it. */
const dayFromNow = (days: number) => dayKey(new Date(Date.now() + days * DAY));
const at = (day: string, hhmm: string) => `${day}T${hhmm}`;

/** Every row a unit change or a hand-over can write: what a refused call must leave as it was. */
const snapshot = async () => ({
  units: await db.unit.findMany({ orderBy: { id: "asc" } }),
  successions: await db.unitSuccession.findMany({ orderBy: { id: "asc" } }),
  invitations: await db.invitation.findMany({ orderBy: { id: "asc" } }),
  conclusions: await db.conclusion.findMany({ orderBy: { id: "asc" } }),
  meetings: await db.meeting.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, status: true } }),
  audit: await db.auditLog.count(),
  notifications: await db.notification.count(),
  outbox: await db.outboxMessage.count(),
});

const unitNamed = (name: string) => db.unit.findFirstOrThrow({ where: { name } });

beforeAll(async () => {
  users = await seedDemoOnce();
  const unit = (name: string) => unitNamed(name).then((u) => u.id);
  ids = {
    town: await unit("Thị xã Cửa Lò"),
    nghiHai: await unit("Phường Nghi Hải"),
    nghiThu: await unit("Phường Nghi Thu"),
    province: await unit("Tỉnh Nghệ An"),
    hall: (await db.connectionPoint.findFirstOrThrow({ where: { name: { startsWith: "Điểm cầu thị xã Cửa Lò" } } })).id,
  };
});

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; message: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data;
}

/** A town meeting at the Cửa Lò hall on `day`, inviting `unitIds`, its letters sent when `send`. */
async function meetingOn(day: string, unitIds: string[], send: boolean, [from, to] = ["08:00", "09:00"]) {
  const { id } = await ok(
    runAction(meetings.createMeetingMutation, users.secretariat, {
      title: `Họp ngày ${day} ${from}`,
      kind: "BRIEFING",
      mode: "ON_SITE",
      organiserUnitId: ids.town,
      startsAt: at(day, from),
      endsAt: at(day, to),
    }),
  );
  await ok(
    runAction(meetings.addPointMutation, users.secretariat, {
      meetingId: id,
      connectionPointId: ids.hall,
      isMain: true,
    }),
  );
  const point = await db.meetingPoint.findFirstOrThrow({ where: { meetingId: id } });
  if (unitIds.length)
    await ok(
      runAction(meetings.inviteUnitsMutation, users.secretariat, {
        meetingPointId: point.id,
        how: "units",
        unitIds,
        seats: 1,
      }),
    );
  if (send) {
    const { version } = await db.meeting.findUniqueOrThrow({ where: { id } });
    await ok(runAction(meetings.sendInvitationsMutation, users.secretariat, { meetingId: id, version }));
  }
  return { id, pointId: point.id };
}

const editOf = (unit: { id: string; version: number; name: string; block: string; parentId: string | null }) => ({
  id: unit.id,
  version: unit.version,
  name: unit.name,
  shortName: "",
  documentSymbol: "UBND",
  placeName: "",
  contactEmail: "",
  parentId: unit.parentId ?? "",
  block: unit.block,
});

describe("correcting a unit", () => {
  it("is refused to every role but administrator and to the signed out, writing nothing", async () => {
    const ward = await unitNamed("Phường Nghi Hòa");
    const before = await snapshot();
    for (const caller of [users.secretariat, users.chair, users.nghiHai])
      expect(await runAction(updateUnitMutation, caller, { ...editOf(ward), name: "Phường Khác" })).toEqual({
        ok: false,
        message: "errors.forbidden",
      });
    expect(await runAction(updateUnitMutation, null, editOf(ward))).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("saves every field in NFC with the contact addresses cleaned, over the version loaded, audited", async () => {
    const ward = await unitNamed("Phường Nghi Hòa");
    const result = await runAction(updateUnitMutation, users.admin, {
      ...editOf(ward),
      name: "  Phường   Nghi Hòa ".normalize("NFD"),
      shortName: "UBND phường Nghi Hòa",
      placeName: "Nghi Hòa",
      contactEmail: "VanPhong@NghiHoa.gov.vn;  \n chutich@nghihoa.gov.vn, vanphong@nghihoa.gov.vn",
      block: "GOVERNMENT",
    });
    expect(result).toEqual({ ok: true, data: { id: ward.id, version: ward.version + 1 } });
    const after = await db.unit.findUniqueOrThrow({ where: { id: ward.id } });
    expect(after).toMatchObject({
      name: "Phường Nghi Hòa".normalize("NFC"),
      nameAscii: "phuong nghi hoa",
      shortName: "UBND phường Nghi Hòa",
      placeName: "Nghi Hòa",
      contactEmail: "vanphong@nghihoa.gov.vn; chutich@nghihoa.gov.vn",
      version: ward.version + 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: ward.id, action: "unit.update" } });
    expect(JSON.parse(audit.before!).contactEmail).toBe(ward.contactEmail);
    expect(JSON.parse(audit.after!).contactEmail).toBe("vanphong@nghihoa.gov.vn; chutich@nghihoa.gov.vn");

    // The form still holding the old version is refused rather than overwriting.
    const stale = await runAction(updateUnitMutation, users.admin, { ...editOf(ward), name: "Phường Cũ" });
    expect(stale).toEqual({ ok: false, message: "errors.staleVersion" });
  });

  it("refuses bad input field by field, a missing unit, and a parent that would make a loop, writing nothing", async () => {
    const town = await unitNamed("Thị xã Cửa Lò");
    const before = await snapshot();
    const bad = await runAction(updateUnitMutation, users.admin, {
      ...editOf(town),
      name: " ",
      contactEmail: "vanphong@cualo, x@y.vn",
      block: "NONE",
    });
    expect(!bad.ok && bad.fieldErrors).toMatchObject({
      name: "validation.required",
      contactEmail: "validation.email",
      block: "validation.invalid",
    });
    const cases: [string | null, string][] = [
      [town.id, "unitAdmin.validation.parentIsSelf"],
      [ids.nghiHai, "unitAdmin.validation.parentIsBelow"],
      ["no-such-unit", "validation.unknownUnit"],
      [(await unitNamed("Sở Lao động - Thương binh và Xã hội")).id, "validation.parentNotValid"],
    ];
    for (const [parentId, key] of cases) {
      const result = await runAction(updateUnitMutation, users.admin, { ...editOf(town), parentId });
      expect(!result.ok && result.fieldErrors?.parentId).toBe(key);
    }
    expect(await runAction(updateUnitMutation, users.admin, { ...editOf(town), id: "no-such-unit" })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(await snapshot()).toEqual(before);
  });
});

/** A small unit of its own for a test: a district with `children` wards, created by the administrator. */
async function district(name: string, children: string[] = []) {
  const { id } = await ok(
    runAction(createUnitMutation, users.admin, { name, kind: "DISTRICT", block: "GOVERNMENT", parentId: ids.province }),
  );
  const wards = [];
  for (const ward of children)
    wards.push(
      await ok(
        runAction(createUnitMutation, users.admin, { name: ward, kind: "WARD", block: "GOVERNMENT", parentId: id }),
      ),
    );
  return { id, wards: wards.map((w) => w.id) };
}

describe("recording a change", () => {
  it("is refused to every role but administrator and to the signed out, writing nothing", async () => {
    const before = await snapshot();
    const input = {
      change: "merger",
      ceasingUnitIds: [ids.nghiHai, ids.nghiThu],
      newUnits: [{ name: "Phường Mới" }],
      effectiveOn: dayFromNow(10),
    };
    for (const caller of [users.secretariat, users.chair, users.nghiHai])
      expect(await runAction(recordUnitChangeMutation, caller, input)).toEqual({
        ok: false,
        message: "errors.forbidden",
      });
    expect(await runAction(recordUnitChangeMutation, null, input)).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses changes that do not fit their kind, or the units' lives, writing nothing", async () => {
    const leaf = await district("Huyện Thử Một");
    const parent = await district("Huyện Thử Hai", ["Xã Thử A"]);
    const labour = await unitNamed("Sở Lao động - Thương binh và Xã hội");
    const young = await ok(
      runAction(createUnitMutation, users.admin, {
        name: "Phường Trẻ",
        kind: "WARD",
        block: "GOVERNMENT",
        parentId: ids.town,
        validFrom: dayFromNow(20),
      }),
    );
    const before = await snapshot();
    const record = (input: Record<string, unknown>) =>
      runAction(recordUnitChangeMutation, users.admin, { effectiveOn: dayFromNow(10), ...input });
    const field = async (input: Record<string, unknown>) => {
      const result = await record(input);
      return result.ok ? null : result.fieldErrors;
    };
    expect(await field({ change: "merger", ceasingUnitIds: [leaf.id], newUnits: [{ name: "Huyện Mới" }] })).toEqual({
      ceasingUnitIds: "unitAdmin.validation.mergerOfOneIsRename",
    });
    expect(await field({ change: "merger", ceasingUnitIds: [leaf.id, ids.nghiHai] })).toEqual({
      successorIds: "unitAdmin.validation.mergerOneSuccessor",
    });
    expect(await field({ change: "split", ceasingUnitIds: [leaf.id], newUnits: [{ name: "Một" }] })).toEqual({
      successorIds: "unitAdmin.validation.splitTwoSuccessors",
    });
    expect(await field({ change: "closure", ceasingUnitIds: [leaf.id], successorIds: [ids.town] })).toEqual({
      successorIds: "unitAdmin.validation.closureNoSuccessor",
    });
    expect(
      await field({ change: "merger", ceasingUnitIds: [leaf.id, ids.town], successorIds: [ids.town] }),
    ).toMatchObject({ successorIds: "unitAdmin.validation.successorIsCeasing" });
    expect(await field({ change: "rename", ceasingUnitIds: [leaf.id], newUnits: [{ name: " " }] })).toEqual({
      "newUnits.0.name": "validation.required",
    });
    expect(await field({ change: "closure", ceasingUnitIds: [leaf.id], effectiveOn: "31/12/2030" })).toEqual({
      effectiveOn: "validation.date",
    });
    expect(await field({ change: "closure", ceasingUnitIds: ["no-such-unit"] })).toEqual({
      ceasingUnitIds: "validation.unknownUnit",
    });
    expect(await field({ change: "merger", ceasingUnitIds: [leaf.id], successorIds: [labour.id] })).toEqual({
      successorIds: "unitAdmin.validation.successorCeased",
    });
    // A unit that already ceased, and a unit with units under it split or closed.
    expect(await record({ change: "closure", ceasingUnitIds: [labour.id] })).toMatchObject({
      ok: false,
      message: "unitAdmin.errors.alreadyCeased",
      details: { units: [labour.name] },
    });
    expect(
      await record({ change: "split", ceasingUnitIds: [parent.id], newUnits: [{ name: "Bắc" }, { name: "Nam" }] }),
    ).toMatchObject({ ok: false, message: "unitAdmin.errors.unitsUnder", details: { units: ["Xã Thử A"] } });
    // Not after the unit began.
    expect(await field({ change: "closure", ceasingUnitIds: [young.id], effectiveOn: dayFromNow(20) })).toEqual({
      effectiveOn: "unitAdmin.validation.beforeUnitBegan",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("renames a unit: a new record from the day with its code and contacts, the units under it follow", async () => {
    const old = await district("Huyện Cũ", ["Xã Một", "Xã Hai"]);
    await db.unit.update({ where: { id: old.id }, data: { code: "40999", contactEmail: "ubnd@huyencu.gov.vn" } });
    const effectiveOn = dayFromNow(15);
    const audits = await db.auditLog.count();
    const result = await ok(
      runAction(recordUnitChangeMutation, users.admin, {
        change: "rename",
        ceasingUnitIds: [old.id],
        newUnits: [{ name: "Thị xã Mới", shortName: "UBND thị xã Mới" }],
        effectiveOn,
        legalBasis: "Nghị quyết 1243/NQ-UBTVQH15",
      }),
    );
    expect(result.unitsMoved).toBe(2);
    const renamed = await db.unit.findUniqueOrThrow({ where: { id: result.successors[0]!.id } });
    expect(renamed).toMatchObject({
      name: "Thị xã Mới",
      shortName: "UBND thị xã Mới",
      kind: "DISTRICT",
      parentId: ids.province,
      code: "40999",
      contactEmail: "ubnd@huyencu.gov.vn",
      validFrom: startOfDay(effectiveOn),
    });
    expect(await db.unit.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      name: "Huyện Cũ",
      code: null,
      validTo: startOfDay(effectiveOn),
    });
    expect(await db.unit.count({ where: { id: { in: old.wards }, parentId: renamed.id } })).toBe(2);
    expect(await db.unitSuccession.findMany({ where: { fromUnitId: old.id } })).toEqual([
      expect.objectContaining({
        toUnitId: renamed.id,
        kind: "RENAMED_TO",
        effectiveAt: startOfDay(effectiveOn),
        legalBasis: "Nghị quyết 1243/NQ-UBTVQH15",
      }),
    ]);
    // The rename, the new record and the two wards' new parent: one audit row each.
    expect(await db.auditLog.count()).toBe(audits + 4);
    const page = await getUnit(users.admin, renamed.id);
    expect(page.history).toEqual([
      expect.objectContaining({ event: "from", kind: "RENAMED_TO", units: [{ id: old.id, name: "Huyện Cũ" }] }),
    ]);
    expect(page.children.map((c) => c.name).sort()).toEqual(["Xã Hai", "Xã Một"]);
  });

  it("splits a unit into new and existing units, and closes one without successor", async () => {
    const receiving = await district("Huyện Nhận");
    const split = await district("Huyện Chia");
    const effectiveOn = dayFromNow(12);
    const result = await ok(
      runAction(recordUnitChangeMutation, users.admin, {
        change: "split",
        ceasingUnitIds: [split.id],
        successorIds: [receiving.id],
        newUnits: [{ name: "Huyện Chia Bắc" }],
        effectiveOn,
      }),
    );
    const links = await db.unitSuccession.findMany({ where: { fromUnitId: split.id }, orderBy: { toUnitId: "asc" } });
    expect(links.map((l) => [l.kind, l.toUnitId]).sort()).toEqual(
      result.successors.map((s) => ["SPLIT_INTO", s.id]).sort(),
    );
    expect((await getUnit(users.admin, split.id)).history).toEqual([
      expect.objectContaining({ event: "to", kind: "SPLIT_INTO" }),
    ]);

    const closed = await district("Huyện Giải Thể");
    await ok(
      runAction(recordUnitChangeMutation, users.admin, { change: "closure", ceasingUnitIds: [closed.id], effectiveOn }),
    );
    expect(await db.unitSuccession.count({ where: { fromUnitId: closed.id } })).toBe(0);
    expect((await getUnit(users.admin, closed.id)).history).toEqual([{ at: startOfDay(effectiveOn), event: "closed" }]);
  });

  it("lets only one of two changes of the same unit at once win", async () => {
    const unit = await district("Huyện Tranh Chấp");
    const input = (name: string) => ({
      change: "rename",
      ceasingUnitIds: [unit.id],
      newUnits: [{ name }],
      effectiveOn: dayFromNow(9),
    });
    const results = await Promise.all([
      runAction(recordUnitChangeMutation, users.admin, input("Huyện A")),
      runAction(recordUnitChangeMutation, users.admin, input("Huyện B")),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ message: "unitAdmin.errors.alreadyCeased" });
    expect(await db.unitSuccession.count({ where: { fromUnitId: unit.id } })).toBe(1);
    expect(await db.unit.count({ where: { name: { in: ["Huyện A", "Huyện B"] } } })).toBe(1);
  });
});

describe("a merger of two wards into a new ward", () => {
  const mergerDay = dayFromNow(30);
  let before: { id: string; pointId: string };
  let sentAfter: { id: string; pointId: string };
  let unsentAfter: { id: string; pointId: string };
  let newWard: string;
  let province: SessionUser;

  beforeAll(async () => {
    province = await userFor("SECRETARIAT", "Tỉnh Nghệ An");
    // Planned before the merger was recorded: one meeting before the day, two after it.
    before = await meetingOn(dayFromNow(23), [ids.nghiHai], true);
    sentAfter = await meetingOn(dayFromNow(33), [ids.nghiHai, ids.nghiThu], true);
    unsentAfter = await meetingOn(dayFromNow(34), [ids.nghiHai], false);
    const result = await ok(
      runAction(recordUnitChangeMutation, users.admin, {
        change: "merger",
        ceasingUnitIds: [ids.nghiHai, ids.nghiThu],
        newUnits: [{ name: "Phường Cửa Lò Bắc", shortName: "UBND phường Cửa Lò Bắc" }],
        effectiveOn: mergerDay,
        legalBasis: "Nghị quyết 1678/NQ-UBTVQH15",
      }),
    );
    newWard = result.successors[0]!.id;
  });

  it("ends both wards on the day and begins the new one, with the history on both sides", async () => {
    const day = startOfDay(mergerDay);
    for (const id of [ids.nghiHai, ids.nghiThu])
      expect(await db.unit.findUniqueOrThrow({ where: { id } })).toMatchObject({ validTo: day });
    expect(await db.unit.findUniqueOrThrow({ where: { id: newWard } })).toMatchObject({
      name: "Phường Cửa Lò Bắc",
      kind: "WARD",
      parentId: ids.town,
      validFrom: day,
      validTo: null,
    });
    const page = await getUnit(users.admin, newWard);
    expect(page.history).toEqual([
      {
        at: day,
        event: "from",
        kind: "MERGED_INTO",
        units: [
          { id: ids.nghiHai, name: "Phường Nghi Hải" },
          { id: ids.nghiThu, name: "Phường Nghi Thu" },
        ],
        legalBasis: "Nghị quyết 1678/NQ-UBTVQH15",
      },
    ]);
    const old = await getUnit(users.admin, ids.nghiHai);
    expect(old.current).toBe(true); // until the day comes
    expect(old.successors.map((s) => s.name)).toEqual(["Phường Cửa Lò Bắc"]);
    expect(old.audit.map((a) => a.action)).toContain("unit.merger");
  });

  it("tells the town's secretariat that invitations and tasks are left to move", async () => {
    const told = await db.notification.findMany({ where: { userId: users.secretariat.id, kind: "unit.ceased" } });
    expect(told.map((n) => n.link).sort()).toEqual([`/units/${ids.nghiHai}`, `/units/${ids.nghiThu}`].sort());
  });

  it("keeps the old ward's name on the meeting before the merger", async () => {
    const meeting = await getMeeting(users.secretariat, before.id);
    expect(meeting.points[0]!.invitations.map((i) => [i.unit.name, i.unitCeased])).toEqual([
      ["Phường Nghi Hải", false],
    ]);
    const invitation = await db.invitation.findFirstOrThrow({ where: { meetingId: before.id } });
    const { letter } = await invitationLetterFor(users.nghiHai, before.id, invitation.id);
    expect(letter.recipient).toBe("Phường Nghi Hải");
    // The 2022 review still names the wards of its day.
    const review = await db.meeting.findFirstOrThrow({ where: { startsAt: new Date("2022-12-27T00:30:00Z") } });
    const names = (await getMeeting(users.admin, review.id)).points.flatMap((p) =>
      p.invitations.map((i) => i.unit.name),
    );
    expect(names).toContain("Phường Nghi Hải");
  });

  it("cannot invite or send to the old ward after the day, and flags the invitation made before", async () => {
    const later = await meetingOn(dayFromNow(35), [], false);
    const snap = await snapshot();
    expect(
      await runAction(meetings.inviteUnitsMutation, users.secretariat, {
        meetingPointId: later.pointId,
        how: "units",
        unitIds: [ids.nghiHai],
        seats: 1,
      }),
    ).toMatchObject({
      ok: false,
      message: "scheduling.errors.unitsNoLongerExist",
      details: { units: ["Phường Nghi Hải"] },
    });
    const { version } = await db.meeting.findUniqueOrThrow({ where: { id: unsentAfter.id } });
    expect(
      await runAction(meetings.sendInvitationsMutation, users.secretariat, { meetingId: unsentAfter.id, version }),
    ).toMatchObject({
      ok: false,
      message: "unitAdmin.errors.invitedUnitsCeased",
      details: { units: ["Phường Nghi Hải"] },
    });
    expect(await snapshot()).toEqual(snap);
    const meeting = await getMeeting(users.secretariat, unsentAfter.id);
    expect(meeting.points[0]!.invitations.map((i) => i.unitCeased)).toEqual([true]);
    // The new ward is invited instead; before the day it does not exist yet.
    await ok(
      runAction(meetings.inviteUnitsMutation, users.secretariat, {
        meetingPointId: later.pointId,
        how: "units",
        unitIds: [newWard],
        seats: 1,
      }),
    );
    const early = await meetingOn(dayFromNow(25), [], false, ["14:00", "15:00"]);
    expect(
      await runAction(meetings.inviteUnitsMutation, users.secretariat, {
        meetingPointId: early.pointId,
        how: "units",
        unitIds: [newWard],
        seats: 1,
      }),
    ).toMatchObject({ ok: false, message: "scheduling.errors.unitsNoLongerExist" });
  });

  it("lists the open invitations and tasks for the secretariat running them, and for no one else", async () => {
    const page = await getUnit(users.secretariat, ids.nghiHai);
    expect(page.openWork!.invitations.map((i) => [i.meeting.id, i.successorIds])).toEqual([
      [sentAfter.id, [newWard]],
      [unsentAfter.id, [newWard]],
    ]);
    expect(page.openWork!.tasks.map((t) => t.content)).toEqual([expect.stringContaining("UBND phường Nghi Hải")]);
    const other = await getUnit(province, ids.nghiHai);
    expect(other.openWork).toEqual({ invitations: [], tasks: [] });
  });

  it("refuses the hand-over to other callers and for other units, writing nothing", async () => {
    const invitation = await db.invitation.findFirstOrThrow({ where: { meetingId: unsentAfter.id } });
    const task = await db.conclusion.findFirstOrThrow({ where: { leadUnitId: ids.nghiHai, status: "OPEN" } });
    const input = { unitId: ids.nghiHai, successorId: newWard, invitationIds: [invitation.id], taskIds: [task.id] };
    const snap = await snapshot();
    for (const caller of [users.chair, users.nghiHai])
      expect(await runAction(handOverMutation, caller, input)).toEqual({ ok: false, message: "errors.forbidden" });
    expect(await runAction(handOverMutation, null, input)).toEqual({ ok: false, message: "errors.signInRequired" });
    // Another organisation's secretariat: the meeting and the task are not theirs to see.
    expect(await runAction(handOverMutation, province, input)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await runAction(handOverMutation, province, { ...input, invitationIds: [] })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    // Not a successor; an invitation of another unit; nothing chosen; a unit still in being.
    expect(await runAction(handOverMutation, users.secretariat, { ...input, successorId: ids.town })).toMatchObject({
      ok: false,
      fieldErrors: { successorId: "unitAdmin.validation.notASuccessor" },
    });
    const beforeInvitation = await db.invitation.findFirstOrThrow({ where: { meetingId: before.id } });
    expect(
      await runAction(handOverMutation, users.secretariat, { ...input, invitationIds: [beforeInvitation.id] }),
    ).toMatchObject({ ok: false, message: "errors.staleVersion" });
    expect(
      await runAction(handOverMutation, users.secretariat, { ...input, invitationIds: [], taskIds: [] }),
    ).toMatchObject({ ok: false, fieldErrors: { invitationIds: "unitAdmin.validation.nothingChosen" } });
    expect(await runAction(handOverMutation, users.secretariat, { ...input, unitId: ids.town })).toMatchObject({
      ok: false,
      message: "unitAdmin.errors.notCeased",
    });
    expect(await snapshot()).toEqual(snap);
  });

  it("moves them to the new ward: the letter can then be sent; the task keeps its recorded lead unit", async () => {
    const invitations = await db.invitation.findMany({
      where: { unitId: ids.nghiHai, meetingId: { in: [sentAfter.id, unsentAfter.id] } },
    });
    const task = await db.conclusion.findFirstOrThrow({ where: { leadUnitId: ids.nghiHai, status: "OPEN" } });
    const result = await runAction(handOverMutation, users.secretariat, {
      unitId: ids.nghiHai,
      successorId: newWard,
      invitationIds: invitations.map((i) => i.id),
      taskIds: [task.id],
    });
    expect(result).toEqual({ ok: true, data: { invitations: 2, tasks: 1, successor: "Phường Cửa Lò Bắc" } });
    expect(await db.invitation.count({ where: { id: { in: invitations.map((i) => i.id) }, unitId: newWard } })).toBe(2);
    expect(await db.conclusion.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      leadUnitId: ids.nghiHai,
      handedOverToUnitId: newWard,
      version: task.version + 1,
    });
    expect(await db.auditLog.count({ where: { action: { in: ["invitation.handOver", "conclusion.handOver"] } } })).toBe(
      3,
    );
    // The approved minutes are untouched: their hash still checks.
    expect((await verifyMinutes(users.secretariat, { minutesId: task.minutesId })).intact).toBe(true);
    // The old ward's representative no longer leads it; the list says who follows it up.
    const theirs = await listTasks(users.nghiHai, { filter: "open" });
    expect(theirs.items.map((t) => t.id)).not.toContain(task.id);
    const followed = (await listTasks(users.secretariat, { filter: "open" })).items.find((t) => t.id === task.id)!;
    expect(followed).toMatchObject({ leadUnit: "Phường Nghi Hải", handedOverTo: "Phường Cửa Lò Bắc" });
    // Nothing left to move of Nghi Hải's, and the letter to the new ward goes out.
    expect((await getUnit(users.secretariat, ids.nghiHai)).openWork).toEqual({ invitations: [], tasks: [] });
    const { version } = await db.meeting.findUniqueOrThrow({ where: { id: unsentAfter.id } });
    await ok(runAction(meetings.sendInvitationsMutation, users.secretariat, { meetingId: unsentAfter.id, version }));
  });

  it("refuses to move a second ward's invitation to a meeting the new ward already attends", async () => {
    const invitation = await db.invitation.findFirstOrThrow({
      where: { meetingId: sentAfter.id, unitId: ids.nghiThu },
    });
    const snap = await snapshot();
    expect(
      await runAction(handOverMutation, users.secretariat, {
        unitId: ids.nghiThu,
        successorId: newWard,
        invitationIds: [invitation.id],
      }),
    ).toMatchObject({
      ok: false,
      message: "unitAdmin.errors.successorAlreadyInvited",
      details: { meetings: [expect.any(String)] },
    });
    expect(await snapshot()).toEqual(snap);
    const page = await getUnit(users.secretariat, ids.nghiThu);
    expect(page.openWork!.invitations.map((i) => [i.id, i.successorIds])).toEqual([[invitation.id, []]]);
  });
});
