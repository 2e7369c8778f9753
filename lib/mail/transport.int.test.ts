import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpServer, type TestSmtpServer } from "@/lib/testing/smtp";
import { createMailTransport } from "./transport";

// A mail server that offers no STARTTLS, as a downgrading man in the middle would look: over smtp://
// the app must refuse to hand it the message, unless the URL names a relay on this machine and asks
// for plain text explicitly.
let server: TestSmtpServer;

beforeAll(async () => {
  server = await startSmtpServer();
});
afterAll(() => server.close());

const send = (url: string) =>
  createMailTransport({ SMTP_URL: url })!.sendMail({
    to: "nghihai@hoinghi.local",
    subject: "Giấy mời",
    text: "Kính mời đơn vị tham dự.",
  });

describe("mail to a server without STARTTLS", () => {
  it("is not sent in plain text, and the server receives nothing", async () => {
    await expect(send(`smtp://127.0.0.1:${server.port}`)).rejects.toThrow(/STARTTLS|TLS/i);
    await expect(send(`smtp://localhost:${server.port}?ignoreTLS=false`)).rejects.toThrow(/STARTTLS|TLS/i);
    expect(server.received).toEqual([]);
  });

  it("is sent to a loopback relay whose URL says requireTLS=false", async () => {
    await send(`smtp://127.0.0.1:${server.port}?requireTLS=false`);
    expect(server.received.map((m) => m.to)).toEqual([["nghihai@hoinghi.local"]]);
  });
});
