import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { representativeOf, seedDemoOnce } from "@/lib/testing/fixtures";
import { header, startSmtpServer, textBody, type TestSmtpServer } from "@/lib/testing/smtp";
import { MAX_ATTEMPTS } from "./backoff";
import { composeMail } from "./compose";
import { retryOutboxMessageMutation } from "./mutations";
import { deliverDue, enqueueForUnits } from "./outbox";
import { createMailTransport } from "./transport";
import { listOutbox } from "./data";
import { startMailWorker } from "./worker";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let ward: { nghiHai: string; nghiHoa: string; town: string };
const servers: TestSmtpServer[] = [];
const MINUTE = 60_000;
const FROM = "Văn phòng UBND thị xã Cửa Lò <vanphong@cualo.gov.vn>";

const mail = composeMail("invitation", {
  title: "Hội nghị trực tuyến tổng kết công tác năm 2026",
  startsAt: new Date("2027-01-04T00:30:00Z"),
  endsAt: new Date("2027-01-04T04:30:00Z"),
  organiser: "UBND thị xã Cửa Lò",
  link: "http://localhost:3000/meetings/x",
});

async function smtp(options?: Parameters<typeof startSmtpServer>[0]) {
  const server = await startSmtpServer(options);
  servers.push(server);
  return server;
}

/** A port where nothing listens: a server is started to get a free one, then stopped. */
async function deadPort() {
  const server = await startSmtpServer();
  await server.close();
  return server.port;
}

const transportTo = (url: string) => createMailTransport({ SMTP_URL: url, MAIL_FROM: FROM })!;
const queue = (to: string, subject = mail.subject) =>
  db.outboxMessage.create({ data: { kind: "invitation", to, subject, text: mail.text, html: mail.html } });

beforeAll(async () => {
  users = await seedDemoOnce();
  const unit = (name: string) => db.unit.findFirstOrThrow({ where: { name } }).then((u) => u.id);
  ward = {
    nghiHai: await unit("Phường Nghi Hải"),
    nghiHoa: await unit("Phường Nghi Hòa"),
    town: await unit("Thị xã Cửa Lò"),
  };
});

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
});

afterAll(async () => {
  for (const server of servers) await server.close();
});

describe("queueing e-mail for units", () => {
  it("writes one row per recipient: the unit's contact addresses and its active representatives, each once", async () => {
    const extra = await representativeOf("Phường Nghi Hòa");
    const gone = await db.user.create({
      data: {
        email: "nghiviec@hoinghi.local",
        name: "Đã nghỉ việc",
        role: "UNIT_REP",
        unitId: ward.nghiHoa,
        passwordHash: "x",
        active: false,
      },
    });
    const count = await db.$transaction((tx) =>
      enqueueForUnits(tx, [ward.nghiHai, ward.nghiHoa, ward.town, ward.nghiHai], { kind: "invitation", ...mail }),
    );
    const rows = await db.outboxMessage.findMany({ orderBy: { to: "asc" } });
    // Nghi Hải's contact address is also its representative's; the town has no contact and no representative.
    expect(rows.map((r) => r.to).sort()).toEqual(
      ["nghihai@hoinghi.local", "nghihoa@hoinghi.local", extra.email.toLowerCase()].sort(),
    );
    expect(count).toBe(3);
    expect(rows.every((r) => r.status === "PENDING" && r.attempts === 0 && r.subject === mail.subject)).toBe(true);
    expect(rows.map((r) => r.to)).not.toContain(gone.email);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueForUnits(tx, [ward.nghiHai], { kind: "invitation", ...mail });
        throw new Error("the change this e-mail reports failed");
      }),
    ).rejects.toThrow();
    expect(await db.outboxMessage.count()).toBe(0);
  });
});

describe("delivering the outbox by SMTP", () => {
  it("sends a due message to a real SMTP server: right recipient, Vietnamese subject and text", async () => {
    const server = await smtp();
    const row = await queue("nghihai@hoinghi.local");
    const report = await deliverDue(new Date(), transportTo(server.url));
    expect(report).toEqual({ sent: 1, retrying: 0, failed: 0, skipped: 0 });
    expect(server.received).toHaveLength(1);
    const [arrived] = server.received;
    expect(arrived!.to).toEqual(["nghihai@hoinghi.local"]);
    expect(arrived!.from).toBe("vanphong@cualo.gov.vn");
    expect(header(arrived!.raw, "Subject")).toBe(
      "Giấy mời: Hội nghị trực tuyến tổng kết công tác năm 2026 (07:30 ngày 04/01/2027)",
    );
    expect(header(arrived!.raw, "From")).toBe("Văn phòng UBND thị xã Cửa Lò <vanphong@cualo.gov.vn>");
    expect(header(arrived!.raw, "To")).toBe("nghihai@hoinghi.local");
    expect(textBody(arrived!.raw)).toContain("UBND thị xã Cửa Lò trân trọng kính mời đơn vị tham dự:");
    const after = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(after.sentAt).not.toBeNull();
  });

  it("keeps a message while the server is down, backs off, and delivers when it is back", async () => {
    const port = await deadPort();
    const transport = transportTo(`smtp://127.0.0.1:${port}?requireTLS=false`);
    const row = await queue("nghihoa@hoinghi.local");
    const t0 = new Date(Date.now() + MINUTE);

    expect(await deliverDue(t0, transport)).toEqual({ sent: 0, retrying: 1, failed: 0, skipped: 0 });
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
    expect(failed.nextAttemptAt).toEqual(new Date(t0.getTime() + MINUTE));

    // Not due yet: nothing is tried.
    expect(await deliverDue(new Date(t0.getTime() + 30_000), transport)).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
      skipped: 0,
    });

    const second = new Date(t0.getTime() + MINUTE);
    expect(await deliverDue(second, transport)).toMatchObject({ retrying: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      attempts: 2,
      nextAttemptAt: new Date(second.getTime() + 2 * MINUTE),
    });

    const server = await smtp({ port });
    expect(await deliverDue(new Date(second.getTime() + 2 * MINUTE), transport)).toMatchObject({ sent: 1 });
    expect(server.received.map((m) => m.to)).toEqual([["nghihoa@hoinghi.local"]]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "SENT",
      attempts: 3,
      lastError: null,
    });
  });

  it("gives up after 8 attempts; an administrator retries it, audited, and it is sent", async () => {
    const port = await deadPort();
    const row = await queue("nghithu@hoinghi.local");
    let now = new Date(Date.now() + MINUTE);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverDue(now, transportTo(`smtp://127.0.0.1:${port}?requireTLS=false`));
      const current = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
      expect(current.attempts).toBe(attempt);
      expect(current.status).toBe(attempt < MAX_ATTEMPTS ? "PENDING" : "FAILED");
      now = current.nextAttemptAt;
    }
    // FAILED is not picked up again on its own.
    expect(
      await deliverDue(
        new Date(now.getTime() + 24 * 60 * MINUTE),
        transportTo(`smtp://127.0.0.1:${port}?requireTLS=false`),
      ),
    ).toMatchObject({ sent: 0, retrying: 0, failed: 0 });

    for (const caller of [users.secretariat, users.nghiHai, users.chair]) {
      expect(await runAction(retryOutboxMessageMutation, caller, { id: row.id })).toEqual({
        ok: false,
        message: "errors.forbidden",
      });
    }
    expect(await runAction(retryOutboxMessageMutation, users.admin, { id: row.id })).toEqual({
      ok: true,
      data: { id: row.id },
    });
    const retried = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(retried).toMatchObject({ status: "PENDING", attempts: 0 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "outbox.retry", entityId: row.id } });
    expect(audit.actorId).toBe(users.admin.id);
    expect(JSON.parse(audit.before!)).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });

    const server = await smtp({ port });
    expect(await deliverDue(new Date(Date.now() + MINUTE), transportTo(server.url))).toMatchObject({ sent: 1 });
    expect(await runAction(retryOutboxMessageMutation, users.admin, { id: row.id })).toMatchObject({
      ok: false,
      message: "mail.errors.notFailed",
    });
  });

  it("fails at once when the server refuses the recipient for good", async () => {
    const server = await smtp({ refuse: ["khongton@hoinghi.local"] });
    const row = await queue("khongton@hoinghi.local");
    expect(await deliverDue(new Date(), transportTo(server.url))).toMatchObject({ failed: 1 });
    const after = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(after.lastError).toContain("550");
    expect(server.received).toHaveLength(0);
  });

  it("sends each message once when two app instances deliver at the same moment", async () => {
    const server = await smtp();
    const recipients = Array.from({ length: 12 }, (_, i) => `donvi${i}@hoinghi.local`);
    for (const to of recipients) await queue(to);
    const now = new Date();
    const [a, b] = await Promise.all([
      deliverDue(now, transportTo(server.url)),
      deliverDue(now, transportTo(server.url)),
    ]);
    expect(a.sent + b.sent).toBe(12);
    expect(server.received.flatMap((m) => m.to).sort()).toEqual([...recipients].sort());
    expect(await db.outboxMessage.count({ where: { status: "SENT", attempts: 1 } })).toBe(12);
  });

  it("takes at most a batch per round, oldest first", async () => {
    const server = await smtp();
    for (const to of ["a@hoinghi.local", "b@hoinghi.local", "c@hoinghi.local"]) await queue(to);
    expect(await deliverDue(new Date(), transportTo(server.url), { batch: 2 })).toMatchObject({ sent: 2 });
    expect(await db.outboxMessage.count({ where: { status: "PENDING" } })).toBe(1);
  });
});

describe("the outbox page's data", () => {
  it("lists messages newest first with counts by status, for administrators only", async () => {
    const first = await queue("a@hoinghi.local", "Thư thứ nhất");
    const second = await queue("b@hoinghi.local", "Thư thứ hai");
    await db.outboxMessage.update({
      where: { id: first.id },
      data: { status: "FAILED", attempts: 8, lastError: "ECONNREFUSED", createdAt: new Date(Date.now() - MINUTE) },
    });
    const all = await listOutbox(users.admin);
    expect(all.rows.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(all.rows[1]).toMatchObject({ status: "FAILED", attempts: 8, lastError: "ECONNREFUSED", text: mail.text });
    expect(all.counts).toEqual({ PENDING: 1, SENT: 0, FAILED: 1 });
    expect((await listOutbox(users.admin, { status: "FAILED" })).rows.map((r) => r.id)).toEqual([first.id]);
    await expect(listOutbox(users.secretariat)).rejects.toThrow("errors.forbidden");
  });
});

describe("the mail worker", () => {
  it("delivers in the background and stops cleanly", async () => {
    const server = await smtp();
    await queue("nghitan@hoinghi.local");
    // The test runner's own environment would keep it off; this one names only the SMTP server.
    const worker = startMailWorker({ env: { SMTP_URL: server.url, MAIL_FROM: FROM }, intervalMs: 3_600_000 });
    expect(worker).not.toBeNull();
    expect(startMailWorker({ env: { SMTP_URL: server.url } })).toBe(worker);
    worker!.nudge();
    await vi.waitFor(() => expect(server.received).toHaveLength(1), { timeout: 20_000, interval: 100 });
    await worker!.stop();
    expect(startMailWorker({ env: { VITEST: "true" } })).toBeNull();
  });
});
