import "server-only";
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared/index.js";
import { DEFAULT_MAIL_FROM } from "./sender";
import { smtpConnection } from "./smtp-security";

type Env = Record<string, string | undefined>;

/** Whether e-mail leaves the app at all; without SMTP_URL messages wait in the outbox. */
export function mailConfigured(env: Env = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}

/**
 * The SMTP transport named by SMTP_URL (smtp://user:pass@host:587 with STARTTLS required, smtps://… for
 * implicit TLS; other query options such as ?tls.servername=… are nodemailer's), sending as MAIL_FROM.
 * Null when SMTP_URL is unset. Short timeouts: a dead server must fail the attempt, not hold the worker.
 */
export function createMailTransport(env: Env = process.env): Transporter | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  const from = env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
  const { url: connection, requireTLS } = smtpConnection(url);
  // The URL as options, not as `url`: nodemailer drops every other option given beside a url.
  return nodemailer.createTransport(
    {
      ...parseConnectionUrl(connection),
      requireTLS,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    },
    { from },
  );
}

/** The mail server SMTP_URL names, without its user name or password, to show an administrator. */
export function describeMailServer(env: Env = process.env): string | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return "?";
  }
}
