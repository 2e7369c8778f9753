// A real SMTP server on loopback for integration tests: it keeps every message it accepts, as the
// mail server of a unit would, so a test reads what actually arrived (envelope and raw message).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface TestSmtpServer {
  port: number;
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (a random port unless one is given). Recipients in `refuse` get 550. */
export async function startSmtpServer({
  port = 0,
  refuse = [],
}: { port?: number; refuse?: string[] } = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.includes(address.address.toLowerCase())) {
        const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  // A client cut off mid-session (the crash test kills the app while it sends) is ordinary for a mail
  // server: the connection's error must not take the whole server, and the test, down with it.
  server.on("error", () => {});
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    // It offers no STARTTLS: a loopback relay the URL allows plain text to (lib/mail/smtp-security.ts).
    url: `smtp://127.0.0.1:${actual}?requireTLS=false`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A header of a raw message, unfolded, with RFC 2047 encoded words (=?UTF-8?B?…?=) decoded. */
export function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (line === undefined) return undefined;
  const value = line.slice(name.length + 1).trim();
  // Adjacent encoded words are one run of bytes (a character may be split between two words).
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/(?:=\?[^?]+\?[bqBQ]\?[^?]*\?=)+/g, (run) => {
    const bytes: number[] = [];
    for (const [, , enc, data] of run.matchAll(/=\?([^?]+)\?([bqBQ])\?([^?]*)\?=/g)) {
      if (enc!.toUpperCase() === "B") bytes.push(...Buffer.from(data!, "base64"));
      else
        bytes.push(
          ...Buffer.from(
            data!
              .replace(/_/g, " ")
              .replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ),
        );
    }
    return Buffer.from(bytes).toString("utf8");
  });
}

/** The decoded text part of a message that nodemailer built (quoted-printable or base64). */
export function textBody(raw: string): string {
  const parts = raw.split(/\r?\n\r?\n/);
  const headIndex = parts.findIndex((p) => /content-type:\s*text\/plain/i.test(p));
  if (headIndex < 0) return "";
  const head = parts[headIndex]!;
  const body = parts
    .slice(headIndex + 1)
    .join("\n\n")
    .split(/\r?\n--/)[0]!;
  if (/content-transfer-encoding:\s*base64/i.test(head))
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}
