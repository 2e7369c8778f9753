import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import type { SessionUser } from "@/lib/auth/roles";
import { COLUMNS, type ImportKind } from "./columns";
import * as m from "./mutations";
import { writingOf } from "./runner";
import { csvOf, xlsxOf } from "./sample-files";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;

beforeAll(async () => {
  users = await seedDemoOnce();
});

const header = (kind: ImportKind) => COLUMNS[kind].map((c) => c.header);
/** A line of a file from the fields it fills, in the template's column order. */
const line = (kind: ImportKind, values: Record<string, string>) => COLUMNS[kind].map((c) => values[c.field] ?? "");
const nfd = (s: string) => s.normalize("NFD");

async function xlsx(kind: ImportKind, lines: Record<string, string>[], name = "tep.xlsx") {
  return new File([await xlsxOf([header(kind), ...lines.map((l) => line(kind, l))])], name);
}

/** Everything an import may write, but its own tables. */
async function registries() {
  return {
    units: await db.unit.findMany({ orderBy: { id: "asc" } }),
    officials: await db.official.findMany({ orderBy: { id: "asc" } }),
    users: await db.user.findMany({ orderBy: { id: "asc" } }),
    tokens: await db.passwordToken.count(),
    outbox: await db.outboxMessage.count(),
    audit: await db.auditLog.count({ where: { entityType: { in: ["Unit", "Official", "User"] } } }),
  };
}

async function check(user: SessionUser | null, kind: ImportKind, file: File) {
  return runAction(m.checkImportMutation, user, { kind, file });
}

async function checked(kind: ImportKind, file: File) {
  const result = await check(users.admin, kind, file);
  if (!result.ok) throw new Error(`check refused: ${JSON.stringify(result)}`);
  return result.data;
}

async function outcomes(jobId: string) {
  const rows = await db.importRow.findMany({ where: { jobId }, orderBy: { line: "asc" } });
  return Object.fromEntries(
    rows.map((r) => [
      r.line,
      r.reasons
        ? `${r.outcome} ${JSON.parse(r.reasons)
            .map((x: { key: string }) => x.key)
            .join(" ")}`
        : r.outcome,
    ]),
  );
}

/** Applies a job and waits for its writing to finish. */
async function apply(jobId: string, user: SessionUser = users.admin) {
  const result = await runAction(m.applyImportMutation, user, { jobId });
  await writingOf(jobId);
  return result;
}

const unitsFile = () =>
  xlsx("UNITS", [
    { code: "40", name: "Tỉnh Nghệ An", kind: "Tỉnh", block: "Khối chính quyền" },
    {
      name: nfd("Phường Nghi Hải"),
      kind: "phuong",
      block: "khoi chinh quyen",
      parent: "Thị xã Cửa Lò",
      phone: "0238 3824 567",
    },
    {
      name: nfd("Phường Hưng Lộc Mới"),
      kind: "Phường",
      block: "Khối chính quyền",
      parent: "Xã Nghi Đức",
      contactEmail: "VanPhong@HungLoc.gov.vn, ubnd@hungloc.gov.vn",
    },
    { code: "NA-17", name: "Xã Nghi Đức", kind: "Xã", block: "Khối chính quyền", parent: "40" },
    { name: "Thôn Đông", kind: "Thôn", block: "Khối chính quyền", parent: "40" },
    { kind: "Xã", block: "Khối chính quyền", parent: "40" },
    { name: "Xã Nghi Xuân", kind: "Xã", block: "Khối chính quyền", parent: "Huyện Không Có" },
    { code: "40", name: "TỈNH NGHỆ AN", kind: "Tỉnh", block: "Khối chính quyền" },
    { name: "Sở Lao động - Thương binh và Xã hội", kind: "OFFICE", block: "GOVERNMENT", parent: "Tỉnh Nghệ An" },
    { name: "Tổ dân phố 1", kind: "Khác", block: "Khối chính quyền", parent: nfd("Phường Hưng Lộc Mới") },
  ]);

describe("importing units", () => {
  it("reports every line's outcome in the dry run and writes nothing", async () => {
    const before = await registries();
    const job = await checked("UNITS", await unitsFile());
    expect(await outcomes(job.id)).toEqual({
      2: "UPDATE",
      3: "UPDATE",
      4: "CREATE",
      5: "CREATE",
      6: "ERROR import.reason.kind",
      7: "ERROR validation.required",
      8: "ERROR import.reason.unitUnknown",
      9: "ERROR import.reason.duplicateLine",
      10: "ERROR import.reason.unitEnded",
      11: "CREATE",
    });
    expect(job).toMatchObject({ totalRows: 10, creates: 3, updates: 2, unchanged: 0, errors: 5 });
    const ward = await db.importRow.findFirstOrThrow({ where: { jobId: job.id, line: 4 } });
    // Written after the commune it is under, which the same file creates; the street group after the ward.
    expect(ward.step).toBe(1);
    expect((await db.importRow.findFirstOrThrow({ where: { jobId: job.id, line: 11 } })).step).toBe(2);
    expect(JSON.parse(ward.values)).toMatchObject({
      parentLine: 5,
      contactEmail: "vanphong@hungloc.gov.vn; ubnd@hungloc.gov.vn",
    });
    expect(JSON.parse((await db.importRow.findFirstOrThrow({ where: { jobId: job.id, line: 9 } })).reasons!)).toEqual([
      { key: "import.reason.duplicateLine", params: { line: 2 } },
    ]);
    expect(await registries()).toEqual(before);
    expect((await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("READY");
  });

  it("writes the valid lines, the tree in order and names in NFC, and a second import changes nothing", async () => {
    const job = await checked("UNITS", await unitsFile());
    expect(await apply(job.id)).toEqual({ ok: true, data: { id: job.id, status: "APPLYING" } });
    expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "DONE",
      writtenRows: 5,
      refusedRows: 0,
    });
    const province = await db.unit.findUniqueOrThrow({ where: { code: "40" } });
    expect(province.name).toBe("Tỉnh Nghệ An");
    const commune = await db.unit.findUniqueOrThrow({ where: { code: "NA-17" } });
    expect(commune).toMatchObject({
      name: "Xã Nghi Đức",
      kind: "COMMUNE",
      parentId: province.id,
      nameAscii: "xa nghi duc",
    });
    const ward = await db.unit.findFirstOrThrow({ where: { name: "Phường Hưng Lộc Mới".normalize("NFC") } });
    // Each line keeps what it wrote (a resumed job finds a parent written before the restart there).
    const written = await db.importRow.findMany({
      where: { jobId: job.id, line: { in: [4, 5] } },
      orderBy: { line: "asc" },
    });
    expect(written.map((r) => r.resultId)).toEqual([ward.id, commune.id]);
    expect(ward).toMatchObject({ parentId: commune.id, contactEmail: "vanphong@hungloc.gov.vn; ubnd@hungloc.gov.vn" });
    expect(await db.unit.count({ where: { name: nfd("Phường Hưng Lộc Mới") } })).toBe(0);
    const nghiHai = await db.unit.findFirstOrThrow({ where: { name: "Phường Nghi Hải" } });
    expect(nghiHai.phone).toBe("0238 3824 567");
    expect((await db.unit.findFirstOrThrow({ where: { name: "Tổ dân phố 1" } })).parentId).toBe(ward.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "unit.import", entityId: nghiHai.id } });
    expect(JSON.parse(audit.before!)).toEqual({ phone: null });
    expect(JSON.parse(audit.after!)).toEqual({ phone: "0238 3824 567", importJobId: job.id });

    const before = await registries();
    const again = await checked("UNITS", await unitsFile());
    expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 5, errors: 5 });
    expect(await apply(again.id)).toEqual({ ok: true, data: { id: again.id, status: "DONE" } });
    expect(await registries()).toEqual(before);
  });

  it("refuses a rename by code and a unit put under itself", async () => {
    const job = await checked(
      "UNITS",
      await xlsx("UNITS", [
        { code: "40", name: "Tỉnh Nghệ An mới", kind: "Tỉnh", block: "Khối chính quyền" },
        { code: "NA-17", name: "Xã Nghi Đức", kind: "Xã", block: "Khối chính quyền", parent: "Phường Hưng Lộc Mới" },
      ]),
    );
    expect(await outcomes(job.id)).toEqual({ 2: "ERROR import.reason.noRename", 3: "ERROR import.reason.parentCycle" });
  });
});

describe("importing officials", () => {
  it("matches by e-mail or by name in the unit, refuses a move to another post, and re-imports as a no-op", async () => {
    const file = () =>
      new File(
        [
          csvOf(
            [
              header("OFFICIALS"),
              line("OFFICIALS", {
                fullName: nfd("Trần Thị Hồng"),
                title: nfd("Phó Chủ tịch UBND phường"),
                unit: "Phường Nghi Hải",
                email: "TTHong@NghiHai.gov.vn",
              }),
              line("OFFICIALS", {
                fullName: "Hoàng Văn Phúc",
                title: "Phó Chủ tịch UBND thị xã",
                unit: "Thị xã Cửa Lò",
                phone: "0912 345 678",
              }),
              line("OFFICIALS", { fullName: "Hoàng Văn Phúc", title: "Chủ tịch UBND thị xã", unit: "Thị xã Cửa Lò" }),
              line("OFFICIALS", {
                fullName: "Lê Văn Nam",
                title: "Chánh Văn phòng",
                unit: "Văn phòng HĐND và UBND",
                email: "khong-phai-email",
              }),
              line("OFFICIALS", {
                fullName: "Lê Văn Nam",
                title: "Chánh Văn phòng",
                unit: "Sở Lao động - Thương binh và Xã hội",
              }),
            ],
            ";",
          ),
        ],
        "can-bo.csv",
      );
    const before = await registries();
    const job = await checked("OFFICIALS", file());
    expect(await outcomes(job.id)).toEqual({
      2: "CREATE",
      3: "UPDATE",
      4: "ERROR import.reason.officialMoved",
      5: "ERROR validation.email",
      6: "ERROR import.reason.unitEnded",
    });
    expect(await registries()).toEqual(before);
    await apply(job.id);
    const hong = await db.official.findFirstOrThrow({ where: { email: "tthong@nghihai.gov.vn" } });
    expect(hong).toMatchObject({
      fullName: "Trần Thị Hồng",
      title: "Phó Chủ tịch UBND phường",
      givenName: "Hồng",
      nameAscii: "tran thi hong",
    });
    expect((await db.official.findFirstOrThrow({ where: { fullName: "Hoàng Văn Phúc" } })).phone).toBe("0912 345 678");

    const after = await registries();
    const again = await checked("OFFICIALS", file());
    expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 2 });
    await apply(again.id);
    expect(await registries()).toEqual(after);
  });
});

describe("importing users", () => {
  const usersFile = () =>
    xlsx("USERS", [
      {
        email: "NghiHai.VanThu@CuaLo.gov.vn",
        name: nfd("Nguyễn Thị Thu"),
        role: "Đại diện đơn vị",
        unit: "Phường Nghi Hải",
      },
      {
        email: "tthong.chutri@cualo.gov.vn",
        name: "Trần Thị Hồng",
        role: "chu tri",
        unit: "Phường Nghi Hải",
        official: "tthong@nghihai.gov.vn",
      },
      { email: "chutri@hoinghi.local", name: "Hoàng Văn Phúc", role: "Quản trị viên", unit: "Thị xã Cửa Lò" },
      {
        email: "chutri2@cualo.gov.vn",
        name: "Hoàng Văn Phúc",
        role: "Chủ trì",
        unit: "Thị xã Cửa Lò",
        official: "Hoàng Văn Phúc",
      },
      { email: "ketoan@cualo.gov.vn", name: "Kế toán", role: "Kế toán", unit: "Thị xã Cửa Lò" },
      {
        email: "nghihai.vanthu@cualo.gov.vn",
        name: "Nguyễn Thị Thu",
        role: "Đại diện đơn vị",
        unit: "Phường Nghi Hải",
      },
    ]);

  it("creates accounts without a password and sends each its one-time link, once", async () => {
    const before = await registries();
    const job = await checked("USERS", await usersFile());
    expect(await outcomes(job.id)).toEqual({
      2: "CREATE",
      3: "CREATE",
      4: "ERROR import.reason.accountRole",
      5: "ERROR import.reason.officialTaken",
      6: "ERROR import.reason.role",
      7: "ERROR import.reason.duplicateLine",
    });
    expect(await registries()).toEqual(before);
    await apply(job.id);
    const rep = await db.user.findUniqueOrThrow({
      where: { email: "nghihai.vanthu@cualo.gov.vn" },
      include: { unit: true },
    });
    expect(rep).toMatchObject({ name: "Nguyễn Thị Thu", role: "UNIT_REP", passwordHash: null, active: true });
    expect(rep.unit.name).toBe("Phường Nghi Hải");
    const chair = await db.user.findUniqueOrThrow({
      where: { email: "tthong.chutri@cualo.gov.vn" },
      include: { official: true },
    });
    expect(chair.official?.fullName).toBe("Trần Thị Hồng");
    for (const email of [rep.email, chair.email]) {
      const mails = await db.outboxMessage.findMany({ where: { to: email } });
      expect(mails.map((x) => x.kind)).toEqual(["accountInvite"]);
      expect(mails[0]!.text).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}/);
    }
    expect(await db.passwordToken.count({ where: { userId: { in: [rep.id, chair.id] }, purpose: "INVITE" } })).toBe(2);

    const after = await registries();
    const again = await checked("USERS", await usersFile());
    expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 2 });
    await apply(again.id);
    expect(await registries()).toEqual(after);
  });
});

describe("who may import, and what the writing checks again", () => {
  it("refuses a caller who is not an administrator, and writes nothing", async () => {
    const jobs = await db.importJob.count();
    const file = await unitsFile();
    for (const caller of [null, users.secretariat, users.chair, users.nghiHai]) {
      const refused = await check(caller, "UNITS", file);
      expect(refused).toEqual({ ok: false, message: caller ? "errors.forbidden" : "errors.signInRequired" });
    }
    const job = await checked("UNITS", file);
    const before = await registries();
    for (const caller of [null, users.secretariat, users.nghiHai]) {
      expect((await runAction(m.applyImportMutation, caller, { jobId: job.id })).ok).toBe(false);
      expect((await runAction(m.discardImportMutation, caller, { jobId: job.id })).ok).toBe(false);
    }
    expect(await registries()).toEqual(before);
    expect(await db.importJob.count()).toBe(jobs + 1);
    expect((await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("READY");
  });

  it("refuses a file it cannot read, or without the required columns, storing no job", async () => {
    const jobs = await db.importJob.count();
    expect(
      await check(
        users.admin,
        "UNITS",
        new File(
          [
            csvOf([
              ["Tên", "Loại"],
              ["Xã A", "Xã"],
            ]),
          ],
          "a.csv",
        ),
      ),
    ).toEqual({
      ok: false,
      message: "import.file.missingColumns",
      details: { columns: "Tên đơn vị, Khối" },
    });
    expect(await check(users.admin, "UNITS", new File([new Uint8Array([0xff, 0xfe, 0x41])], "a.csv"))).toMatchObject({
      ok: false,
      message: "import.file.notUtf8",
    });
    expect(await check(users.admin, "UNITS", new File(["x"], "a.xls"))).toMatchObject({
      message: "import.file.format",
    });
    expect(await check(users.admin, "UNITS", new File([csvOf([header("UNITS")])], "a.csv"))).toMatchObject({
      message: "import.file.noRows",
    });
    expect(await check(users.admin, "SOMETHING" as ImportKind, new File(["x"], "a.csv"))).toMatchObject({
      message: "errors.invalidInput",
    });
    expect(await db.importJob.count()).toBe(jobs);
  });

  it("refuses a line whose record changed after the dry run, writing the others", async () => {
    const job = await checked(
      "UNITS",
      await xlsx("UNITS", [
        { name: "Phường Nghi Tân", kind: "Phường", block: "Khối chính quyền", phone: "0238 1111 111" },
        { name: "Phường Nghi Thu", kind: "Phường", block: "Khối chính quyền", phone: "0238 2222 222" },
      ]),
    );
    expect(await outcomes(job.id)).toEqual({ 2: "UPDATE", 3: "UPDATE" });
    // A colleague sets Nghi Tân's phone on the unit's screen meanwhile.
    await db.unit.updateMany({ where: { name: "Phường Nghi Tân" }, data: { phone: "0238 9999 999" } });
    await apply(job.id);
    expect(await outcomes(job.id)).toEqual({ 2: "ERROR import.reason.changedSinceCheck", 3: "UPDATE" });
    expect((await db.unit.findFirstOrThrow({ where: { name: "Phường Nghi Tân" } })).phone).toBe("0238 9999 999");
    expect((await db.unit.findFirstOrThrow({ where: { name: "Phường Nghi Thu" } })).phone).toBe("0238 2222 222");
    expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      writtenRows: 1,
      refusedRows: 1,
    });
  });

  it("writes a job once, resumes one whose writer stopped, and discards only a dry run", async () => {
    const file = () =>
      xlsx("UNITS", [{ name: "Phường Thu Thủy", kind: "Phường", block: "Khối chính quyền", address: "Cửa Lò" }]);
    const job = await checked("UNITS", await file());
    // A writer that stopped mid-way: the job is APPLYING under a lease that has run out.
    await db.importJob.update({
      where: { id: job.id },
      data: { status: "APPLYING", leaseOwner: "another-process", leaseUntil: new Date(Date.now() - 1000) },
    });
    expect(await apply(job.id)).toEqual({ ok: true, data: { id: job.id, status: "APPLYING" } });
    expect((await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("DONE");
    expect((await db.unit.findFirstOrThrow({ where: { name: "Phường Thu Thủy" } })).address).toBe("Cửa Lò");
    expect(await runAction(m.applyImportMutation, users.admin, { jobId: job.id })).toEqual({
      ok: false,
      message: "import.errors.notReady",
    });
    expect(await runAction(m.discardImportMutation, users.admin, { jobId: job.id })).toEqual({
      ok: false,
      message: "import.errors.notReady",
    });

    const live = await checked(
      "UNITS",
      await xlsx("UNITS", [
        { name: "Phường Thu Thủy", kind: "Phường", block: "Khối chính quyền", address: "Bình Minh" },
      ]),
    );
    await db.importJob.update({
      where: { id: live.id },
      data: { status: "APPLYING", leaseOwner: "another-process", leaseUntil: new Date(Date.now() + 60_000) },
    });
    expect(await runAction(m.applyImportMutation, users.admin, { jobId: live.id })).toEqual({
      ok: false,
      message: "import.errors.writing",
    });

    // Two clicks at once: one writes, the other is told the job is being (or has been) written.
    const raced = await checked(
      "UNITS",
      await xlsx("UNITS", [{ name: "Phường Thu Thủy", kind: "Phường", block: "Khối chính quyền", address: "Số 1" }]),
    );
    const both = await Promise.all([apply(raced.id), apply(raced.id)]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toMatchObject({
      message: expect.stringMatching(/^import\.errors\.(writing|notReady)$/),
    });
    const thuThuy = await db.unit.findFirstOrThrow({ where: { name: "Phường Thu Thủy" } });
    expect(thuThuy.address).toBe("Số 1");
    expect(await db.auditLog.count({ where: { action: "unit.import", after: { contains: raced.id } } })).toBe(1);

    const dry = await checked("UNITS", await file());
    expect(await runAction(m.discardImportMutation, users.admin, { jobId: dry.id })).toEqual({
      ok: true,
      data: { id: dry.id },
    });
    expect(await db.importRow.count({ where: { jobId: dry.id } })).toBe(0);
    expect((await runAction(m.applyImportMutation, users.admin, { jobId: dry.id })).ok).toBe(false);
    expect(await runAction(m.applyImportMutation, users.admin, { jobId: "khong-co" })).toEqual({
      ok: false,
      message: "errors.notFound",
    });
  });
});
