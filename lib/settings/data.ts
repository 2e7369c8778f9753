import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";
import { parseReminderHours } from "@/lib/reminders/window";
import { formatMailbox, mailSenderOf, type MailSender } from "@/lib/mail/sender";
import { describeMailServer } from "@/lib/mail/transport";
import { SETTING_KEYS, SETTING_NAMES, type StoredSettings } from "./keys";

type Env = Record<string, string | undefined>;

/** The settings rows as stored (null where missing). */
export async function storedSettings(tx: Pick<typeof db, "appSetting"> = db): Promise<StoredSettings> {
  const rows = await tx.appSetting.findMany({
    where: { key: { in: Object.values(SETTING_KEYS) } },
    select: { key: true, value: true },
  });
  const value = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(
    SETTING_NAMES.map((name) => [name, value.get(SETTING_KEYS[name]) ?? null]),
  ) as StoredSettings;
}

/** The organisation's name for the app header; null when not set. Once per request. */
export const organisationName = cache(async (): Promise<string | null> => (await storedSettings()).organisationName);

/** Who the app's e-mails come from now: read by the mail worker each round and by the test e-mail. */
export async function mailSender(env: Env = process.env): Promise<MailSender> {
  const stored = await storedSettings();
  return mailSenderOf({
    organisationName: stored.organisationName,
    mailFrom: stored.mailFrom,
    envMailFrom: env.MAIL_FROM,
  });
}

/** The settings screen: the values in effect, what is stored (the form sends it back), the mail set-up. */
export async function getSettings(user: SessionUser, env: Env = process.env) {
  if (user.role !== "ADMIN") throw new AccessDenied();
  const stored = await storedSettings();
  return {
    stored,
    values: {
      organisationName: stored.organisationName ?? "",
      reminderHours: parseReminderHours(stored.reminderHours),
      mailFrom: stored.mailFrom ?? "",
    },
    sender: formatMailbox(
      mailSenderOf({
        organisationName: stored.organisationName,
        mailFrom: stored.mailFrom,
        envMailFrom: env.MAIL_FROM,
      }),
    ),
    envMailFrom: env.MAIL_FROM?.trim() || null,
    mailServer: describeMailServer(env),
  };
}
