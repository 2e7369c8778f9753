import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { runAction, type ActionConfig } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { authOptions } from "@/lib/auth/options";
import { SignInThrottled } from "@/lib/auth/throttle";
import { userOfSession } from "@/lib/auth/session";
import { enqueueForUnits } from "@/lib/mail/outbox";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import * as m from "./mutations";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
const unitId = async (name: string) => (await db.unit.findFirstOrThrow({ where: { name } })).id;
const officialId = async (fullName: string) => (await db.official.findFirstOrThrow({ where: { fullName } })).id;

beforeAll(async () => {
  users = await seedDemoOnce();
});

/** Everything an account action may write. */
const snapshot = async () => ({
  users: await db.user.findMany({ orderBy: { id: "asc" } }),
  tokens: await db.passwordToken.findMany({ orderBy: { id: "asc" } }),
  outbox: await db.outboxMessage.count(),
  audit: await db.auditLog.count(),
});

async function ok<S extends z.ZodType, T>(config: ActionConfig<S, T>, caller: SessionUser | null, input: unknown) {
  const result = await runAction(config, caller, input);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

/** The token as the user receives it: in the link of the latest e-mail to that address. */
async function linkSentTo(email: string): Promise<string> {
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return /\/set-password\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
}

/** Signs in as the login form does, through the credentials provider's own check. */
async function signsIn(email: string, password: string): Promise<boolean> {
  const provider = authOptions.providers[0] as unknown as {
    options: { authorize: (credentials: unknown, request: unknown) => Promise<unknown> };
  };
  return (await provider.options.authorize({ email, password }, {})) !== null;
}

/** A session as the token carries it: the account and the session version it was issued under. */
async function sessionOf(id: string) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id } });
  return () => userOfSession(id, sessionVersion);
}

async function asSession(id: string): Promise<SessionUser> {
  return db.user.findUniqueOrThrow({
    where: { id },
    select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
  });
}

const ward = (n: number) => ({
  name: `Nguyễn Văn Phường ${n}`,
  email: `phuong${n}@nghihoa.gov.vn`,
  role: "UNIT_REP",
  unitId: "",
  officialId: "",
});

describe("an administrator creating an account", () => {
  it("creates a ward representative with no password and queues the one-time link; the link sets it once", async () => {
    const input = { ...ward(1), unitId: await unitId("Phường Nghi Hòa") };
    const { id } = await ok(m.createUserMutation, users.admin, input);
    const created = await db.user.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ role: "UNIT_REP", passwordHash: null, active: true, version: 1 });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: input.email } });
    expect(mail).toMatchObject({ kind: "accountInvite", status: "PENDING" });
    const token = await linkSentTo(input.email);
    expect(await signsIn(input.email, "Sóng vỗ Cửa Lò mùa hè")).toBe(false);

    expect(
      await ok(m.setPasswordMutation, null, {
        token,
        password: "Sóng vỗ Cửa Lò mùa hè",
        confirm: "Sóng vỗ Cửa Lò mùa hè",
      }),
    ).toEqual({
      email: input.email,
    });
    expect(await signsIn(input.email, "Sóng vỗ Cửa Lò mùa hè")).toBe(true);
    // Typed decomposed on another keyboard, the same letters still sign in.
    expect(await signsIn(input.email, "Sóng vỗ Cửa Lò mùa hè".normalize("NFD"))).toBe(true);
    expect(
      await runAction(m.setPasswordMutation, null, {
        token,
        password: "another long one here",
        confirm: "another long one here",
      }),
    ).toEqual({ ok: false, message: "accounts.link.used" });
    const audit = await db.auditLog.findMany({
      where: { entityId: id, action: { startsWith: "user." } },
      orderBy: { at: "asc" },
      select: { action: true, after: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["user.create", "user.passwordSet"]);
    expect(audit.map((a) => a.after ?? "").join()).not.toMatch(/passwordHash|\$2[ab]\$/);
  });

  it("gives a chair the official's unit, and a secretariat an official of its office", async () => {
    const rep = await ok(m.createUserMutation, users.admin, {
      name: "Nguyễn Văn Hải",
      email: "chutich@nghihai.gov.vn",
      role: "CHAIR",
      unitId: await unitId("Thị xã Cửa Lò"),
      officialId: await officialId("Nguyễn Văn Hải"),
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: rep.id } })).toMatchObject({
      role: "CHAIR",
      unitId: await unitId("Phường Nghi Hải"),
      officialId: await officialId("Nguyễn Văn Hải"),
    });
    const secretariat = await ok(m.createUserMutation, users.admin, {
      name: "Đinh Văn Sơn",
      email: "son@cualo.gov.vn",
      role: "SECRETARIAT",
      unitId: await unitId("Thị xã Cửa Lò"),
      officialId: await officialId("Đinh Văn Sơn"),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: secretariat.id } })).unitId).toBe(
      await unitId("Thị xã Cửa Lò"),
    );
  });

  it("refuses an account with more than its role allows, or a taken address or official, writing nothing", async () => {
    const nghiHoa = await unitId("Phường Nghi Hòa");
    const before = await snapshot();
    const refused = async (input: Record<string, unknown>, fieldErrors: Record<string, string>) =>
      expect(await runAction(m.createUserMutation, users.admin, input)).toMatchObject({
        ok: false,
        message: "errors.invalidInput",
        fieldErrors,
      });
    await refused({ ...ward(2) }, { unitId: "accounts.validation.unitRequired" });
    await refused({ ...ward(2), role: "CHAIR", unitId: nghiHoa }, { officialId: "accounts.validation.chairOfficial" });
    await refused(
      { ...ward(2), role: "ADMIN", unitId: nghiHoa, officialId: await officialId("Lê Văn Hòa") },
      { officialId: "accounts.validation.adminOfficial" },
    );
    await refused(
      { ...ward(2), unitId: nghiHoa, officialId: await officialId("Võ Văn Tân") },
      { officialId: "accounts.validation.officialOtherUnit" },
    );
    await refused(
      { ...ward(2), role: "CHAIR", officialId: await officialId("Hoàng Văn Phúc") },
      { officialId: "accounts.validation.officialTaken" },
    );
    await refused(
      { ...ward(2), unitId: nghiHoa, email: "NGHIHAI@hoinghi.local" },
      { email: "accounts.validation.emailTaken" },
    );
    await refused({ ...ward(2), unitId: "no-such-unit" }, { unitId: "validation.unknownUnit" });
    await refused(
      { ...ward(2), unitId: nghiHoa, officialId: "no-such-official" },
      { officialId: "accounts.validation.unknownOfficial" },
    );
    await refused(
      { ...ward(2), unitId: nghiHoa, name: "", email: "not an address", role: "KING" },
      {
        name: "validation.required",
        email: "validation.email",
        role: "validation.invalid",
      },
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe("every account action", () => {
  it("is refused to the signed out and to other roles, writing nothing", async () => {
    const target = await asSession((await db.user.findFirstOrThrow({ where: { email: "nghihai@hoinghi.local" } })).id);
    const before = await snapshot();
    const adminOnly: [ActionConfig<z.ZodType, unknown>, unknown][] = [
      [m.createUserMutation, { ...ward(3), unitId: await unitId("Phường Nghi Hòa") }],
      [m.updateUserMutation, { ...ward(3), id: target.id, version: 1, unitId: target.unitId }],
      [m.setUserActiveMutation, { id: target.id, version: 1, active: false }],
      [m.sendPasswordLinkMutation, { id: target.id }],
    ];
    for (const [config, input] of adminOnly) {
      expect(await runAction(config, null, input)).toEqual({ ok: false, message: "errors.signInRequired" });
      for (const caller of [users.secretariat, users.chair, users.nghiHai])
        expect(await runAction(config, caller, input), `${config.name} ${caller.role}`).toEqual({
          ok: false,
          message: "errors.forbidden",
        });
    }
    const own: [ActionConfig<z.ZodType, unknown>, unknown][] = [
      [m.updateProfileMutation, { version: 1, name: "Ai đó", phone: "", notificationEmail: "" }],
      [m.changePasswordMutation, { current: "demo1234", password: "một mật khẩu dài", confirm: "một mật khẩu dài" }],
      [m.signOutEverywhereMutation, {}],
    ];
    for (const [config, input] of own)
      expect(await runAction(config, null, input)).toEqual({ ok: false, message: "errors.signInRequired" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("editing an account", () => {
  it("saves over the version loaded, refuses a stale save, and ends sessions when the role changes", async () => {
    const nghiTan = await unitId("Phường Nghi Tân");
    const { id } = await ok(m.createUserMutation, users.admin, { ...ward(4), unitId: nghiTan });
    const session = await sessionOf(id);
    const renamed = await ok(m.updateUserMutation, users.admin, {
      ...ward(4),
      name: "Nguyễn Văn Tân",
      id,
      version: 1,
      unitId: nghiTan,
    });
    expect(renamed).toEqual({ id, version: 2 });
    expect(await session()).toMatchObject({ name: "Nguyễn Văn Tân", role: "UNIT_REP" });

    const before = await snapshot();
    expect(
      await runAction(m.updateUserMutation, users.admin, { ...ward(4), name: "Cũ", id, version: 1, unitId: nghiTan }),
    ).toEqual({
      ok: false,
      message: "errors.staleVersion",
    });
    expect(
      await runAction(m.updateUserMutation, users.admin, { ...ward(4), id: "nobody", version: 1, unitId: nghiTan }),
    ).toEqual({
      ok: false,
      message: "errors.notFound",
    });
    expect(await snapshot()).toEqual(before);

    await ok(m.updateUserMutation, users.admin, {
      ...ward(4),
      name: "Nguyễn Văn Tân",
      role: "SECRETARIAT",
      id,
      version: 2,
      unitId: nghiTan,
    });
    expect(await session()).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: id, action: "user.update" },
      orderBy: { at: "desc" },
    });
    expect(JSON.parse(audit.before!)).toMatchObject({ role: "UNIT_REP" });
    expect(JSON.parse(audit.after!)).toMatchObject({ role: "SECRETARIAT" });
  });
});

describe("an account that signs in only through single sign-on", () => {
  it("gets no set-password e-mail, cannot be sent one, and turning password sign-in off voids the open links", async () => {
    const nghiThu = await unitId("Phường Nghi Thu");
    const sso = await ok(m.createUserMutation, users.admin, { ...ward(20), unitId: nghiThu, passwordSignIn: false });
    expect(await db.user.findUniqueOrThrow({ where: { id: sso.id } })).toMatchObject({ passwordSignIn: false });
    expect(await db.outboxMessage.count({ where: { to: ward(20).email } })).toBe(0);
    expect(await runAction(m.sendPasswordLinkMutation, users.admin, { id: sso.id })).toEqual({
      ok: false,
      message: "accounts.errors.ssoOnly",
    });
    // An edit that does not name the setting keeps it.
    await ok(m.updateUserMutation, users.admin, { ...ward(20), id: sso.id, version: 1, unitId: nghiThu });
    expect(await db.user.findUniqueOrThrow({ where: { id: sso.id } })).toMatchObject({ passwordSignIn: false });

    const { id } = await ok(m.createUserMutation, users.admin, { ...ward(21), unitId: nghiThu });
    const token = await linkSentTo(ward(21).email);
    await ok(m.updateUserMutation, users.admin, {
      ...ward(21),
      id,
      version: 1,
      unitId: nghiThu,
      passwordSignIn: false,
    });
    expect(
      await runAction(m.setPasswordMutation, null, {
        token,
        password: "Sóng vỗ Cửa Lò mùa hè",
        confirm: "Sóng vỗ Cửa Lò mùa hè",
      }),
    ).toMatchObject({ ok: false });
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({
      passwordHash: null,
      passwordSignIn: false,
    });
  });
});

describe("deactivating an account", () => {
  it("refuses its session on the next request and its sign-in, voids its links, and reactivating lets it back", async () => {
    const nghiThu = await unitId("Phường Nghi Thu");
    const input = { ...ward(5), unitId: nghiThu };
    const { id } = await ok(m.createUserMutation, users.admin, input);
    const password = "Biển Cửa Lò xanh ngắt";
    await ok(m.setPasswordMutation, null, { token: await linkSentTo(input.email), password, confirm: password });
    const session = await sessionOf(id);
    expect(await session()).not.toBeNull();
    await ok(m.sendPasswordLinkMutation, users.admin, { id });
    const reset = await linkSentTo(input.email);

    expect(await ok(m.setUserActiveMutation, users.admin, { id, version: 1, active: false })).toEqual({
      id,
      version: 2,
    });
    expect(await session()).toBeNull();
    expect(await signsIn(input.email, password)).toBe(false);
    expect(
      await runAction(m.setPasswordMutation, null, {
        token: reset,
        password: "một câu khác đủ dài",
        confirm: "một câu khác đủ dài",
      }),
    ).toEqual({
      ok: false,
      message: "accounts.link.unknown",
    });
    expect(await runAction(m.sendPasswordLinkMutation, users.admin, { id })).toEqual({
      ok: false,
      message: "accounts.errors.inactive",
    });

    await ok(m.setUserActiveMutation, users.admin, { id, version: 2, active: true });
    expect(await signsIn(input.email, password)).toBe(true);
    // The reset link sent before stays void: reactivating gives no link back.
    expect(
      await runAction(m.setPasswordMutation, null, {
        token: reset,
        password: "một câu khác đủ dài",
        confirm: "một câu khác đủ dài",
      }),
    ).toEqual({
      ok: false,
      message: "accounts.link.used",
    });
    const actions = await db.auditLog.findMany({
      where: { entityId: id, action: { startsWith: "user." } },
      orderBy: { at: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "user.create",
      "user.passwordSet",
      "user.passwordLink",
      "user.deactivate",
      "user.reactivate",
    ]);
  });
});

describe("the last active administrator", () => {
  it("can neither be deactivated nor demoted", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { id: users.admin.id } });
    const before = await snapshot();
    expect(
      await runAction(m.setUserActiveMutation, users.admin, { id: admin.id, version: admin.version, active: false }),
    ).toEqual({
      ok: false,
      message: "accounts.errors.lastAdmin",
    });
    expect(
      await runAction(m.updateUserMutation, users.admin, {
        id: admin.id,
        version: admin.version,
        name: admin.name,
        email: admin.email,
        role: "SECRETARIAT",
        unitId: admin.unitId,
        officialId: "",
      }),
    ).toEqual({ ok: false, message: "accounts.errors.lastAdmin" });
    expect(await snapshot()).toEqual(before);
  });

  it("survives two administrators demoting, or deactivating, each other at the same moment", async () => {
    const province = await unitId("Tỉnh Nghệ An");
    const second = await ok(m.createUserMutation, users.admin, {
      name: "Quản trị viên thứ hai",
      email: "quantri2@nghean.gov.vn",
      role: "ADMIN",
      unitId: province,
      officialId: "",
    });
    const admins = [await asSession(users.admin.id), await asSession(second.id)];
    const demote = async (by: SessionUser, target: SessionUser) => {
      const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
      return () =>
        runAction(m.updateUserMutation, by, {
          id: row.id,
          version: row.version,
          name: row.name,
          email: row.email,
          role: "SECRETARIAT",
          unitId: row.unitId,
          officialId: "",
        });
    };
    const [a, b] = [await demote(admins[0]!, admins[1]!), await demote(admins[1]!, admins[0]!)];
    const demotions = await Promise.all([a(), b()]);
    expect(demotions.filter((r) => r.ok)).toHaveLength(1);
    expect(demotions.find((r) => !r.ok)).toEqual({ ok: false, message: "accounts.errors.lastAdmin" });
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);

    // The one still an administrator makes the other one again; then both try to deactivate the other.
    const [kept, demoted] = demotions[0]!.ok ? [admins[0]!, admins[1]!] : [admins[1]!, admins[0]!];
    const row = await db.user.findUniqueOrThrow({ where: { id: demoted.id } });
    await ok(m.updateUserMutation, kept, { ...row, role: "ADMIN", officialId: "", version: row.version });
    const versions = await db.user.findMany({ where: { id: { in: [kept.id, demoted.id] } } });
    const versionOf = (id: string) => versions.find((v) => v.id === id)!.version;
    const deactivations = await Promise.all([
      runAction(m.setUserActiveMutation, kept, { id: demoted.id, version: versionOf(demoted.id), active: false }),
      runAction(m.setUserActiveMutation, demoted, { id: kept.id, version: versionOf(kept.id), active: false }),
    ]);
    expect(deactivations.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });
});

describe("password links and the password policy", () => {
  it("sends a reset link to an account with a password, and a new invitation to one without; the newest link alone works", async () => {
    const nghiThuy = await unitId("Phường Nghi Thủy");
    const input = { ...ward(6), unitId: nghiThuy };
    const { id } = await ok(m.createUserMutation, users.admin, input);
    const first = await linkSentTo(input.email);
    expect(await ok(m.sendPasswordLinkMutation, users.admin, { id })).toMatchObject({ purpose: "INVITE" });
    const second = await linkSentTo(input.email);
    const password = "Thủy triều lên chậm rãi";
    expect(await runAction(m.setPasswordMutation, null, { token: first, password, confirm: password })).toEqual({
      ok: false,
      message: "accounts.link.used",
    });
    await ok(m.setPasswordMutation, null, { token: second, password, confirm: password });
    expect(await ok(m.sendPasswordLinkMutation, users.admin, { id })).toMatchObject({ purpose: "RESET" });
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { to: input.email },
      orderBy: { createdAt: "desc" },
    });
    expect(mail.kind).toBe("passwordReset");
    // The current password works until the new one is set.
    expect(await signsIn(input.email, password)).toBe(true);
  });

  it("refuses a password the policy refuses, a mismatch or an unknown link, leaving the link usable", async () => {
    const nghiThuy = await unitId("Phường Nghi Thủy");
    const input = { ...ward(7), unitId: nghiThuy };
    await ok(m.createUserMutation, users.admin, input);
    const token = await linkSentTo(input.email);
    const before = await snapshot();
    const attempt = (password: string, confirm = password, t = token) =>
      runAction(m.setPasswordMutation, null, { token: t, password, confirm });
    expect(await attempt("ngắn quá")).toMatchObject({ fieldErrors: { password: "accounts.password.tooShort" } });
    expect(await attempt("Password2024!")).toMatchObject({ fieldErrors: { password: "accounts.password.common" } });
    expect(await attempt("phuong7 là tôi đây")).toMatchObject({
      fieldErrors: { password: "accounts.password.containsEmailName" },
    });
    expect(await attempt("Hoa phượng đỏ rực", "Hoa phượng đỏ")).toMatchObject({
      fieldErrors: { confirm: "accounts.password.mismatch" },
    });
    expect(await attempt("Hoa phượng đỏ rực", "Hoa phượng đỏ rực", "x".repeat(43))).toEqual({
      ok: false,
      message: "accounts.link.unknown",
    });
    expect(await snapshot()).toEqual(before);
    expect((await attempt("Hoa phượng đỏ rực")).ok).toBe(true);
  });

  it("says an expired link has expired", async () => {
    const input = { ...ward(8), unitId: await unitId("Phường Thu Thủy") };
    const { id } = await ok(m.createUserMutation, users.admin, input);
    await db.passwordToken.updateMany({ where: { userId: id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const password = "Mùa thu lá vàng rơi";
    expect(
      await runAction(m.setPasswordMutation, null, {
        token: await linkSentTo(input.email),
        password,
        confirm: password,
      }),
    ).toEqual({
      ok: false,
      message: "accounts.link.expired",
    });
  });
});

describe("one's own account", () => {
  async function member(n: number) {
    const input = { ...ward(n), unitId: await unitId("Phường Nghi Hương") };
    const { id } = await ok(m.createUserMutation, users.admin, input);
    const password = "Đường về quê mẹ xa xôi";
    await ok(m.setPasswordMutation, null, { token: await linkSentTo(input.email), password, confirm: password });
    return { user: await asSession(id), password };
  }

  it("changes the password with the current one, ending every session", async () => {
    const { user, password } = await member(9);
    const session = await sessionOf(user.id);
    const change = (current: string, next: string) =>
      runAction(m.changePasswordMutation, user, { current, password: next, confirm: next });
    expect(await change("wrong password", "Một mật khẩu mới toanh")).toMatchObject({
      fieldErrors: { current: "accounts.password.currentWrong" },
    });
    // A wrong current password is a failed sign-in: counted, and audited as one.
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "auth.signInFailed" } })).toBe(1);
    const before = await snapshot();
    expect(await change(password, password)).toMatchObject({
      fieldErrors: { password: "accounts.password.sameAsCurrent" },
    });
    expect(await change(password, "qwertyuiop123")).toMatchObject({
      fieldErrors: { password: "accounts.password.common" },
    });
    expect(await snapshot()).toEqual(before);
    expect(await session()).not.toBeNull();

    expect(await change(password, "Một mật khẩu mới toanh")).toEqual({ ok: true, data: { signedOut: true } });
    expect(await session()).toBeNull();
    expect(await signsIn(user.email, password)).toBe(false);
    expect(await signsIn(user.email, "Một mật khẩu mới toanh")).toBe(true);
  });

  it("counts wrong current passwords as failed sign-ins, so an open session cannot guess the password", async () => {
    const { user, password } = await member(12);
    const change = (current: string) =>
      runAction(m.changePasswordMutation, user, {
        current,
        password: "Một mật khẩu mới toanh",
        confirm: "Một mật khẩu mới toanh",
      });
    for (let i = 1; i <= 5; i++)
      expect(await change(`đoán sai ${i}`)).toMatchObject({
        fieldErrors: { current: "accounts.password.currentWrong" },
      });
    // The sixth wrong guess starts the account's wait, and during it not even the right password is checked.
    expect(await change("đoán sai 6")).toEqual({ ok: false, message: "accounts.password.throttled" });
    const before = await snapshot();
    expect(await change(password)).toEqual({ ok: false, message: "accounts.password.throttled" });
    expect(await snapshot()).toEqual(before);
    // The same count as the sign-in form's: it waits too.
    await expect(signsIn(user.email, password)).rejects.toThrow(SignInThrottled);
  });

  it("signs out everywhere", async () => {
    const { user } = await member(10);
    const session = await sessionOf(user.id);
    await ok(m.signOutEverywhereMutation, user, {});
    expect(await session()).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "user.signOutEverywhere" } })).toBe(1);
  });

  it("keeps a profile over its version, and unit e-mails go to the notification address", async () => {
    const { user } = await member(11);
    const session = await sessionOf(user.id);
    expect(
      await ok(m.updateProfileMutation, user, {
        version: 1,
        name: "Nguyễn Thị Hương",
        phone: "0238 3824 123",
        notificationEmail: "Huong.VanPhong@NghiHuong.gov.vn",
      }),
    ).toEqual({ version: 2 });
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({
      name: "Nguyễn Thị Hương",
      phone: "0238 3824 123",
      notificationEmail: "huong.vanphong@nghihuong.gov.vn",
    });
    // A profile is no change of access: the session goes on.
    expect(await session()).not.toBeNull();

    const before = await snapshot();
    expect(
      await runAction(m.updateProfileMutation, user, { version: 1, name: "Cũ", phone: "", notificationEmail: "" }),
    ).toEqual({
      ok: false,
      message: "errors.staleVersion",
    });
    expect(
      await runAction(m.updateProfileMutation, user, {
        version: 2,
        name: "",
        phone: "gọi tôi",
        notificationEmail: "x@",
      }),
    ).toMatchObject({
      fieldErrors: {
        name: "validation.required",
        phone: "accounts.validation.phone",
        notificationEmail: "validation.email",
      },
    });
    expect(await snapshot()).toEqual(before);

    await db.$transaction((tx) => enqueueForUnits(tx, [user.unitId], { kind: "test", subject: "Thử", text: "Thử" }));
    const sent = await db.outboxMessage.findMany({ where: { kind: "test" }, select: { to: true } });
    expect(sent.map((s) => s.to)).toContain("huong.vanphong@nghihuong.gov.vn");
    expect(sent.map((s) => s.to)).not.toContain(user.email);
  });
});
