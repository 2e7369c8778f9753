// What a mail server's refusal means, for the "send a test e-mail" button: the error nodemailer raises
// mapped to a reason the administrator can act on (a catalogue key), keeping the server's own words.

export const SMTP_FAILURES = ["connection", "timeout", "auth", "tls", "refused", "other"] as const;
export type SmtpFailure = (typeof SMTP_FAILURES)[number];

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

export function classifySmtpFailure(error: unknown): SmtpFailure {
  const e = (error ?? {}) as SmtpError;
  const text = `${e.code ?? ""} ${e.message ?? ""}`;
  if (e.code === "EAUTH") return "auth";
  if (e.code === "EENVELOPE" || e.code === "EMESSAGE" || (e.responseCode ?? 0) >= 500) return "refused";
  if (e.code === "ETLS" || /certificate|self[- ]signed|SSL|TLS/i.test(text)) return "tls";
  if (/ETIMEDOUT|timeout/i.test(text)) return "timeout";
  if (e.code === "ECONNECTION" || e.code === "EDNS" || e.code === "ESOCKET" || /ECONNREFUSED|ENOTFOUND/.test(text))
    return "connection";
  return "other";
}

/** The server's response line when it gave one, else the error's own message. */
export function serverWords(error: unknown): string {
  const e = (error ?? {}) as SmtpError;
  return (e.response || e.message || String(error)).slice(0, 500);
}
