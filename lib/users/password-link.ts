import "server-only";
import type { Db } from "@/lib/db/connect";
import { hashSecretToken, newSecretToken } from "@/lib/auth/secret-token";
import { ACCOUNT_MAIL_KINDS, composePasswordLinkMail } from "@/lib/mail/account-mail";
import { appUrl } from "@/lib/mail/links";

// One-time links that set a password: sent to a new account (INVITE) or by an administrator (RESET).
// The token travels only in the e-mail; the database keeps its hash. A newer link replaces older ones.

const HOUR_MS = 3_600_000;
export const PASSWORD_LINK_HOURS = { INVITE: 7 * 24, RESET: 24 } as const;

export function setPasswordPath(token: string): string {
  return `/set-password/${token}`;
}

type Tx = Pick<Db, "passwordToken" | "outboxMessage">;

/** Issues a link and queues its e-mail in the caller's transaction; returns when it expires. */
export async function issuePasswordLink(
  tx: Tx,
  input: {
    user: { id: string; email: string; name: string };
    purpose: "INVITE" | "RESET";
    createdById: string | null;
    now?: Date;
  },
): Promise<{ expiresAt: Date }> {
  const now = input.now ?? new Date();
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_HOURS[input.purpose] * HOUR_MS);
  // Only the newest link works: the one in the latest e-mail is the one the user will open.
  await tx.passwordToken.updateMany({ where: { userId: input.user.id, usedAt: null }, data: { usedAt: now } });
  await tx.passwordToken.create({
    data: {
      userId: input.user.id,
      purpose: input.purpose,
      tokenHash: hashSecretToken(token),
      expiresAt,
      createdById: input.createdById,
    },
  });
  const mail = composePasswordLinkMail(input.purpose, {
    name: input.user.name,
    email: input.user.email,
    link: appUrl(setPasswordPath(token)),
    expiresAt,
  });
  await tx.outboxMessage.create({
    data: { kind: ACCOUNT_MAIL_KINDS[input.purpose], to: input.user.email, ...mail },
  });
  return { expiresAt };
}

/** What a link's row says about it: usable, or why not, for the page to tell the user plainly. */
export type PasswordLinkState = "usable" | "used" | "expired" | "unknown";

/** The link's token row (if any) and its state; a deactivated account's link is as good as unknown. */
export async function passwordLinkOf(tx: Pick<Db, "passwordToken">, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { state: "unknown" as const, row: null };
  const row = await tx.passwordToken.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: {
      id: true,
      purpose: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, email: true, name: true, active: true } },
    },
  });
  const state: PasswordLinkState =
    !row || !row.user.active ? "unknown" : row.usedAt ? "used" : row.expiresAt <= now ? "expired" : "usable";
  return { state, row: state === "usable" ? row : null };
}

/** The link's token row when it can still be used (not used, not expired, its account active), else null. */
export async function usablePasswordToken(tx: Pick<Db, "passwordToken">, token: string, now = new Date()) {
  return (await passwordLinkOf(tx, token, now)).row;
}

/** Marks the token used, once: of two tabs submitting the same link, one wins and the other is refused. */
export async function consumePasswordToken(tx: Pick<Db, "passwordToken">, id: string, now = new Date()) {
  const { count } = await tx.passwordToken.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}
