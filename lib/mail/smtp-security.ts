// SMTP_URL never sends mail in plain text by accident. Over smtp:// the connection must be upgraded with
// STARTTLS (requireTLS): a server, or a man in the middle, that does not offer it gets no message and no
// password, instead of both in the clear. smtps:// is TLS from the first byte. The one exception is a
// relay on this machine, and only when the URL says so: smtp://127.0.0.1:25?requireTLS=false.
import { isLoopbackHost } from "@/lib/security/loopback";

/** The URL's options that could weaken the connection's encryption; this module decides them instead. */
const TLS_OPTIONS = ["requireTLS", "ignoreTLS", "secure"];

export interface SmtpConnection {
  /** SMTP_URL without the options above. */
  url: string;
  requireTLS: boolean;
}

function asksForPlainText(url: URL): boolean {
  return url.searchParams.get("requireTLS") === "false" || url.searchParams.get("ignoreTLS") === "true";
}

/** How to connect to the server SMTP_URL names: plain text only to a loopback relay that asked for it. */
export function smtpConnection(raw: string): SmtpConnection {
  const url = new URL(raw);
  const plain = url.protocol === "smtp:" && asksForPlainText(url) && isLoopbackHost(url.hostname);
  for (const option of TLS_OPTIONS) url.searchParams.delete(option);
  return { url: url.toString(), requireTLS: url.protocol === "smtp:" && !plain };
}

/** Why SMTP_URL cannot be used as written, in one sentence for `npm start` to refuse with; null when fine. */
export function smtpUrlProblem(raw: string | undefined): string | null {
  if (!raw?.trim()) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return "SMTP_URL is not a URL: write smtp://user:password@host:587 or smtps://user:password@host:465.";
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:")
    return `SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//.`;
  if (asksForPlainText(url) && !isLoopbackHost(url.hostname))
    return `SMTP_URL asks for plain text to ${url.hostname}, which is not this machine: mail and the password would cross the network unencrypted. Remove requireTLS=false (STARTTLS is then required) or use smtps://.`;
  if (url.protocol === "smtps:" && url.searchParams.get("secure") === "false")
    return "SMTP_URL says smtps:// and secure=false at once: remove secure=false.";
  return null;
}
