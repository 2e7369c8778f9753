import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { header, startSmtpServer, type TestSmtpServer } from "@/lib/testing/smtp";
import { reminderHours } from "@/lib/reminders/remind";
import { runMailRound } from "@/lib/mail/worker";
import { createMailTransport } from "@/lib/mail/transport";
import { SETTING_KEYS } from "./keys";
import { getSettings, mailSender, organisationName } from "./data";
import * as m from "./mutations";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let smtp: TestSmtpServer;
const ENV_FROM = "Văn phòng UBND thị xã Cửa Lò <vanphong@cualo.gov.vn>";
const keys = Object.values(SETTING_KEYS);

const snapshot = async () => ({
  settings: await db.appSetting.findMany({ orderBy: { key: "asc" } }),
  audit: await db.auditLog.count(),
});
const nothingStored = { organisationName: null, reminderHours: null, mailFrom: null };

beforeAll(async () => {
  users = await seedDemoOnce();
  smtp = await startSmtpServer({ refuse: ["khongton@cualo.gov.vn"] });
});

afterEach(async () => {
  await db.appSetting.deleteMany({ where: { key: { in: keys } } });
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
});

afterAll(async () => {
  await smtp.close();
});

describe("saving the settings", () => {
  it("stores each one, audits what changed before and after, and the app reads them", async () => {
    expect((await getSettings(users.admin, { MAIL_FROM: ENV_FROM })).values).toEqual({
      organisationName: "",
      reminderHours: 24,
      mailFrom: "",
    });
    const result = await runAction(m.updateSettingsMutation, users.admin, {
      organisationName: " Ủy ban nhân dân thị xã Cửa Lò ".normalize("NFD"),
      reminderHours: "48",
      mailFrom: "HoiNghi@CuaLo.gov.vn",
      loaded: nothingStored,
    });
    expect(result).toMatchObject({ ok: true, data: { changed: 3 } });
    const settings = await getSettings(users.admin, { MAIL_FROM: ENV_FROM });
    expect((result as { data: { stored: unknown } }).data.stored).toEqual(settings.stored);
    expect(settings.stored).toEqual({
      organisationName: "Ủy ban nhân dân thị xã Cửa Lò",
      reminderHours: "48",
      mailFrom: "hoinghi@cualo.gov.vn",
    });
    expect(settings.sender).toBe("Ủy ban nhân dân thị xã Cửa Lò <hoinghi@cualo.gov.vn>");
    expect(await reminderHours()).toBe(48);
    expect(await organisationName()).toBe("Ủy ban nhân dân thị xã Cửa Lò");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "settings.update" } });
    expect(JSON.parse(audit.before!)).toEqual({
      "organisation.name": null,
      "reminders.hoursBeforeDeadline": null,
      "mail.from": null,
    });
    expect(JSON.parse(audit.after!)).toEqual({
      "organisation.name": "Ủy ban nhân dân thị xã Cửa Lò",
      "reminders.hoursBeforeDeadline": "48",
      "mail.from": "hoinghi@cualo.gov.vn",
    });

    // Emptied, the name and the address go back to MAIL_FROM's; 0 switches reminders off. Only changes are audited.
    const cleared = await runAction(m.updateSettingsMutation, users.admin, {
      organisationName: "",
      reminderHours: "0",
      mailFrom: "",
      loaded: settings.stored,
    });
    expect(cleared).toEqual({
      ok: true,
      data: { changed: 3, stored: { organisationName: null, reminderHours: "0", mailFrom: null } },
    });
    expect((await getSettings(users.admin, { MAIL_FROM: ENV_FROM })).sender).toBe(ENV_FROM);
    expect(await reminderHours()).toBe(0);
    const before = await snapshot();
    expect(
      await runAction(m.updateSettingsMutation, users.admin, {
        organisationName: "",
        reminderHours: "0",
        mailFrom: "",
        loaded: { organisationName: null, reminderHours: "0", mailFrom: null },
      }),
    ).toMatchObject({ ok: true, data: { changed: 0 } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a save over a colleague's, keeping theirs", async () => {
    const form = { organisationName: "UBND thị xã Cửa Lò", reminderHours: "24", mailFrom: "" };
    expect((await runAction(m.updateSettingsMutation, users.admin, { ...form, loaded: nothingStored })).ok).toBe(true);
    const before = await snapshot();
    // A second administrator's form, loaded before that save, changing only the reminder window.
    expect(
      await runAction(m.updateSettingsMutation, users.admin, {
        organisationName: "",
        reminderHours: "12",
        mailFrom: "",
        loaded: nothingStored,
      }),
    ).toEqual({ ok: false, message: "errors.staleVersion" });
    expect(await snapshot()).toEqual(before);
  });

  it("lets one of two first saves racing each other win", async () => {
    const save = (hours: string) =>
      runAction(m.updateSettingsMutation, users.admin, {
        organisationName: "",
        reminderHours: hours,
        mailFrom: "",
        loaded: nothingStored,
      });
    const audited = await db.auditLog.count({ where: { action: "settings.update" } });
    const results = await Promise.all([save("12"), save("36")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, message: "errors.staleVersion" }]);
    expect(await db.auditLog.count({ where: { action: "settings.update" } })).toBe(audited + 1);
  });

  it("refuses other roles, the signed-out and bad input, writing nothing", async () => {
    const before = await snapshot();
    const input = { organisationName: "X", reminderHours: "24", mailFrom: "", loaded: nothingStored };
    expect(await runAction(m.updateSettingsMutation, null, input)).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await runAction(m.sendTestEmailMutation, null, { to: "a@cualo.gov.vn" })).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    for (const caller of [users.secretariat, users.chair, users.nghiHai]) {
      expect(await runAction(m.updateSettingsMutation, caller, input)).toEqual({
        ok: false,
        message: "errors.forbidden",
      });
      expect(await runAction(m.sendTestEmailMutation, caller, { to: "a@cualo.gov.vn" })).toEqual({
        ok: false,
        message: "errors.forbidden",
      });
      await expect(getSettings(caller)).rejects.toThrow("errors.forbidden");
    }
    expect(
      await runAction(m.updateSettingsMutation, users.admin, {
        organisationName: "x".repeat(201),
        reminderHours: "721",
        mailFrom: "vanphong at cualo",
        loaded: nothingStored,
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        organisationName: "validation.tooLong",
        reminderHours: "validation.tooLarge",
        mailFrom: "validation.email",
      },
    });
    expect(
      await runAction(m.updateSettingsMutation, users.admin, { ...input, reminderHours: "-1", loaded: undefined }),
    ).toMatchObject({ ok: false, fieldErrors: { reminderHours: "validation.tooSmall", loaded: "validation.invalid" } });
    expect(await runAction(m.sendTestEmailMutation, users.admin, { to: "not an address" })).toMatchObject({
      ok: false,
      fieldErrors: { to: "validation.email" },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("the mail sender", () => {
  it("is MAIL_FROM until the settings name an address and the organisation, then the worker sends as them", async () => {
    expect(await mailSender({ MAIL_FROM: ENV_FROM })).toEqual({
      name: "Văn phòng UBND thị xã Cửa Lò",
      address: "vanphong@cualo.gov.vn",
    });
    await runAction(m.updateSettingsMutation, users.admin, {
      organisationName: "Ủy ban nhân dân thị xã Cửa Lò",
      reminderHours: "24",
      mailFrom: "hoinghi@cualo.gov.vn",
      loaded: nothingStored,
    });
    await db.outboxMessage.deleteMany();
    await db.outboxMessage.create({
      data: { kind: "invitation", to: "nghihai@hoinghi.local", subject: "GM", text: "x" },
    });
    const env = { SMTP_URL: smtp.url, MAIL_FROM: ENV_FROM };
    const transport = createMailTransport(env)!;
    const round = await runMailRound(new Date(), transport, env);
    transport.close();
    expect(round.delivery).toMatchObject({ sent: 1 });
    const arrived = smtp.received.at(-1)!;
    expect(arrived.from).toBe("hoinghi@cualo.gov.vn");
    expect(header(arrived.raw, "From")).toBe("Ủy ban nhân dân thị xã Cửa Lò <hoinghi@cualo.gov.vn>");
  });
});

describe("the test e-mail", () => {
  it("reports the mail server's answer and is audited", async () => {
    process.env.SMTP_URL = smtp.url;
    process.env.MAIL_FROM = ENV_FROM;
    const count = smtp.received.length;
    const result = await runAction(m.sendTestEmailMutation, users.admin, { to: "VanPhong@CuaLo.gov.vn" });
    expect(result).toMatchObject({ ok: true, data: { to: "vanphong@cualo.gov.vn" } });
    expect((result as { data: { response: string } }).data.response).toMatch(/^250 /);
    expect(smtp.received).toHaveLength(count + 1);
    expect(smtp.received.at(-1)).toMatchObject({ from: "vanphong@cualo.gov.vn", to: ["vanphong@cualo.gov.vn"] });
    expect(header(smtp.received.at(-1)!.raw, "Subject")).toContain("Thư thử");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "settings.testEmail" },
      orderBy: { at: "desc" },
    });
    expect(JSON.parse(audit.after!)).toMatchObject({ to: "vanphong@cualo.gov.vn" });
  });

  it("says why the server refused, in its own words, and writes nothing", async () => {
    process.env.SMTP_URL = smtp.url;
    const before = await snapshot();
    const refused = await runAction(m.sendTestEmailMutation, users.admin, { to: "khongton@cualo.gov.vn" });
    expect(refused).toMatchObject({ ok: false, message: "settings.test.failed.refused" });
    expect((refused as { details: { response: string } }).details.response).toMatch(/^550 /);

    const dead = await startSmtpServer();
    await dead.close();
    process.env.SMTP_URL = dead.url;
    expect(await runAction(m.sendTestEmailMutation, users.admin, { to: "vanphong@cualo.gov.vn" })).toMatchObject({
      ok: false,
      message: "settings.test.failed.connection",
      details: { response: expect.stringContaining("ECONNREFUSED") },
    });

    delete process.env.SMTP_URL;
    expect(await runAction(m.sendTestEmailMutation, users.admin, { to: "vanphong@cualo.gov.vn" })).toEqual({
      ok: false,
      message: "settings.test.notConfigured",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("shows where mail goes without the password", async () => {
    const settings = await getSettings(users.admin, { SMTP_URL: "smtps://hoinghi:bi-mat@mail.cualo.gov.vn:465" });
    expect(settings.mailServer).toBe("smtps://mail.cualo.gov.vn:465");
    expect(JSON.stringify(settings)).not.toContain("bi-mat");
    expect((await getSettings(users.admin, {})).mailServer).toBeNull();
  });
});
