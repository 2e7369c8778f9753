import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError, StaleVersion } from "@/lib/errors";
import { createMailTransport } from "@/lib/mail/transport";
import { SETTING_KEYS, SETTING_NAMES, type SettingName } from "./keys";
import { mailSender, storedSettings } from "./data";
import { classifySmtpFailure, serverWords } from "./smtp-answer";
import type { testEmailSchema, UpdateSettingsOutput } from "./schema";

type Env = Record<string, string | undefined>;
type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

function requireAdmin(user: SessionUser) {
  if (user.role !== "ADMIN") throw new AccessDenied();
}

/**
 * Writes one setting only if it still holds the value the form loaded (a compare-and-set on the row):
 * a row created, changed or removed meanwhile refuses the whole save.
 */
async function compareAndSet(tx: Tx, name: SettingName, loaded: string | null, next: string | null) {
  const key = SETTING_KEYS[name];
  if (loaded === null && next !== null) {
    if (await tx.appSetting.findUnique({ where: { key }, select: { key: true } })) throw new StaleVersion();
    await tx.appSetting.create({ data: { key, value: next } });
    return;
  }
  if (loaded === null) return;
  const { count } =
    next === null
      ? await tx.appSetting.deleteMany({ where: { key, value: loaded } })
      : await tx.appSetting.updateMany({ where: { key, value: loaded }, data: { value: next } });
  if (count === 0) throw new StaleVersion();
}

/** Saves the settings screen; the audit records each changed setting before and after. */
export async function updateSettings(user: SessionUser, input: UpdateSettingsOutput) {
  requireAdmin(user);
  const next: Record<SettingName, string | null> = {
    organisationName: input.organisationName,
    reminderHours: String(input.reminderHours),
    mailFrom: input.mailFrom,
  };
  try {
    return await db.$transaction(async (tx) => {
      const current = await storedSettings(tx);
      if (SETTING_NAMES.some((name) => current[name] !== input.loaded[name])) throw new StaleVersion();
      const changed = SETTING_NAMES.filter((name) => next[name] !== input.loaded[name]);
      for (const name of changed) await compareAndSet(tx, name, input.loaded[name], next[name]);
      if (changed.length)
        await recordAudit(tx, {
          actor: user,
          action: "settings.update",
          entityType: "AppSetting",
          entityId: null,
          before: Object.fromEntries(changed.map((name) => [SETTING_KEYS[name], input.loaded[name]])),
          after: Object.fromEntries(changed.map((name) => [SETTING_KEYS[name], next[name]])),
        });
      // What is stored now: the form's next save names it as loaded.
      return { changed: changed.length, stored: next };
    });
  } catch (error) {
    // Two first saves racing to create the same row: the loser was stale.
    if ((error as { code?: string }).code === "P2002") throw new StaleVersion();
    throw error;
  }
}

/**
 * Sends one e-mail now, straight to the mail server (not through the outbox, whose worker would answer
 * later): the administrator learns at once what the server said. Audited when the server accepted it.
 */
export async function sendTestEmail(
  user: SessionUser,
  input: z.output<typeof testEmailSchema>,
  env: Env = process.env,
) {
  requireAdmin(user);
  const transport = createMailTransport(env);
  if (!transport) throw new DomainError("settings.test.notConfigured");
  const from = await mailSender(env);
  try {
    const info = (await transport.sendMail({
      from,
      to: input.to,
      subject: "Thư thử của hệ thống Hội nghị / Test e-mail",
      text: [
        "Đây là thư thử do quản trị viên gửi từ trang Cài đặt của hệ thống Hội nghị.",
        "Nếu bạn nhận được thư này, máy chủ thư đã được cấu hình đúng.",
        "",
        "This is a test e-mail sent by an administrator from the Settings page of Hội nghị.",
      ].join("\n"),
    })) as { response?: string; rejected?: unknown[] };
    const response = info.response ?? "";
    await recordAudit(db, {
      actor: user,
      action: "settings.testEmail",
      entityType: "AppSetting",
      entityId: null,
      after: { to: input.to, response },
    });
    return { to: input.to, response };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError(`settings.test.failed.${classifySmtpFailure(error)}`, undefined, {
      response: serverWords(error),
    });
  } finally {
    transport.close();
  }
}
