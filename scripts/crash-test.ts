// Crash test: "acknowledged means durable". Under a burst of answers (the plain form a ward posts) and
// minutes saves (the section editor's server action) against the production server, the server is
// killed with SIGKILL at a random moment, again and again. After each restart every write that was
// answered with success must be in the database, complete (its audit row and revision with it), and
// every e-mail of the outbox goes out after the restarts, none lost.
//
//   npm run crash-test -- [--iterations 10] [--port 3390]        (builds first if needed; SQLite unless
//   DATABASE_URL names a PostgreSQL database, which it empties)
// Prints a JSON report; exits 1 when anything acknowledged was lost or half-written.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { connect } from "../lib/db/connect";
import { resolveDatabaseUrl, type DatabaseTarget } from "../lib/db/url";
import { startSmtpServer } from "../lib/testing/smtp";
import { reset } from "./db/deploy";
import { AppClient, actionIds } from "./http/app-client";
import { buildIfNeeded } from "./build-if-needed";
import { startServer, stopServer, waitUntilServing } from "./http/server";
import { prepare } from "./prepare";

const REVIEW =
  "Hội nghị trực tuyến tổng kết công tác lao động, người có công và xã hội năm 2022, triển khai nhiệm vụ năm 2023";
const MAILS = 40;

export interface CrashReport {
  database: string;
  iterations: number;
  kills: number;
  answers: { acknowledged: number; found: number; lost: string[]; withoutAudit: number };
  saves: { acknowledged: number; found: number; lost: string[]; sectionMatchesLastRevision: boolean };
  mails: { queued: number; sent: number; received: number; missing: number; duplicates: number };
  integrity: string;
  ok: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

export async function runCrashTest(options: { iterations: number; port: number; target: DatabaseTarget }) {
  const { iterations, port, target } = options;
  const base = `http://localhost:${port}`;
  const smtp = await startSmtpServer();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: target.provider === "sqlite" ? `file:${target.filename}` : target.url,
    NODE_ENV: "production",
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    HOINGHI_DEMO: "on",
    SMTP_URL: smtp.url,
    HOINGHI_MAIL_INTERVAL_SECONDS: "1",
    HOINGHI_MAIL_LEASE_SECONDS: "5",
    HOINGHI_BACKUP_INTERVAL_HOURS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (target.provider === "sqlite") for (const s of ["", "-wal", "-shm"]) rmSync(target.filename + s, { force: true });
  else await reset(target);
  await prepare(env);

  const db = connect(target);
  const ids = actionIds();
  const answerAction = ids.get("lib/invitations/actions.ts#answerFromForm")!;
  const saveAction = ids.get("lib/minutes/actions.ts#saveSectionAction")!;
  const generateAction = ids.get("lib/minutes/actions.ts#generateMinutesAction")!;

  // E-mails waiting in the outbox when the burst begins; the worker sends them between the kills.
  await db.outboxMessage.createMany({
    data: Array.from({ length: MAILS }, (_, i) => ({
      kind: "reminder",
      to: `don-vi-${i}@example.vn`,
      subject: `crash-mail-${i}`,
      text: "Thư kiểm tra khả năng chịu sự cố.",
    })),
  });
  const rep = new AppClient(base);
  const secretariat = new AppClient(base);
  const invitations = (
    await db.invitation.findMany({
      where: { unit: { name: "Phường Nghi Hải" }, sentAt: { not: null }, meeting: { startsAt: { gt: new Date() } } },
      select: { id: true },
    })
  ).map((i) => i.id);
  if (invitations.length === 0) throw new Error("the demo has no open invitation for Phường Nghi Hải");

  const acknowledgedAnswers: string[] = [];
  const acknowledgedSaves: { marker: string; minutesVersion: number }[] = [];
  let minutes: { id: string; sectionId: string; version: number } | null = null;
  let kills = 0;

  for (let iteration = 1; iteration <= iterations; iteration++) {
    const server = startServer(port, env);
    await waitUntilServing(`${base}/login`, server);
    if (iteration === 1) {
      await rep.signIn("nghihai@hoinghi.local", "demo1234");
      await secretariat.signIn("vanphong@hoinghi.local", "demo1234");
      const point = await db.meetingPoint.findFirstOrThrow({
        where: { meeting: { title: REVIEW }, connectionPoint: { name: { contains: "Cửa Lò" } } },
      });
      const made = await secretariat.callAction<{ ok: boolean; data: { id: string } }>(generateAction, [
        { meetingPointId: point.id },
      ]);
      if (!made.result.ok) throw new Error(`could not draw up the minutes: ${JSON.stringify(made.result)}`);
      const section = await db.minutesSection.findFirstOrThrow({
        where: { minutesId: made.result.data.id },
        orderBy: { position: "desc" },
      });
      minutes = { id: made.result.data.id, sectionId: section.id, version: section.version };
    }
    let running = true;
    const answersBefore = acknowledgedAnswers.length;
    const savesBefore = acknowledgedSaves.length;
    const answering = Array.from({ length: 4 }, async (_, worker) => {
      for (let n = 0; running; n++) {
        const reason = `crash ${iteration}-${worker}-${n}`;
        const invitationId = invitations[(worker + n) % invitations.length]!;
        try {
          const answer = await rep.postForm(`/invitations/${invitationId}`, answerAction, {
            invitationId,
            kind: "DECLINE",
            reason,
          });
          if (answer.status === 303 && answer.headers.get("location")?.includes("saved=1"))
            acknowledgedAnswers.push(reason);
        } catch {} // cut by the kill: not acknowledged
      }
    });
    const saving = (async () => {
      for (let n = 0; running; n++) {
        const marker = `Ý kiến ghi lần ${iteration}-${n}.`;
        try {
          const { result } = await secretariat.callAction<{
            ok: boolean;
            data?: { version: number; minutesVersion: number };
            details?: { version: number };
          }>(saveAction, [
            {
              minutesId: minutes!.id,
              sectionId: minutes!.sectionId,
              version: minutes!.version,
              heading: "Bế mạc",
              body: marker,
            },
          ]);
          if (result.ok && result.data) {
            minutes!.version = result.data.version;
            acknowledgedSaves.push({ marker, minutesVersion: result.data.minutesVersion });
          } else if (result.details?.version) {
            minutes!.version = result.details.version; // a save committed just before a kill, unanswered
          }
        } catch {}
      }
    })();
    // Kill mid-burst, once this round has had an answer and a save acknowledged: on a busy machine one
    // save can take seconds, and a kill before any reply would leave nothing to check (a minute at most).
    for (
      let i = 0;
      i < 600 && (acknowledgedAnswers.length === answersBefore || acknowledgedSaves.length === savesBefore);
      i++
    )
      await sleep(100);
    await sleep(Math.random() * 1500);
    await stopServer(server);
    kills++;
    running = false;
    await Promise.all([...answering, saving]);
  }

  // One last start: the worker sends what is left, then the server stops cleanly.
  const last = startServer(port, env);
  await waitUntilServing(`${base}/login`, last);
  for (
    let i = 0;
    i < 120 && (await db.outboxMessage.count({ where: { subject: { startsWith: "crash-mail-" }, status: "PENDING" } }));
    i++
  )
    await sleep(500);
  await stopServer(last, "SIGTERM");

  const responses = await db.invitationResponse.findMany({
    where: { reason: { startsWith: "crash " } },
    select: { reason: true, invitationId: true },
  });
  const found = new Set(responses.map((r) => r.reason));
  const audited = await db.auditLog.findMany({ where: { action: "invitation.answer" }, select: { after: true } });
  const auditedReasons = new Set(audited.map((a) => (JSON.parse(a.after ?? "{}") as { reason?: string }).reason));
  const revisions = await db.minutesRevision.findMany({
    where: { minutesId: minutes!.id },
    select: { version: true, content: true },
    orderBy: { version: "asc" },
  });
  const byVersion = new Map(revisions.map((r) => [r.version, r.content]));
  const lostSaves = acknowledgedSaves.filter((s) => !byVersion.get(s.minutesVersion)?.includes(s.marker));
  const section = await db.minutesSection.findUniqueOrThrow({ where: { id: minutes!.sectionId } });
  const mails = await db.outboxMessage.findMany({
    where: { subject: { startsWith: "crash-mail-" } },
    select: { subject: true, status: true },
  });
  const deliveries = new Map<string, number>();
  for (const mail of smtp.received) {
    const subject = /^Subject: (crash-mail-\d+)/m.exec(mail.raw)?.[1];
    if (subject) deliveries.set(subject, (deliveries.get(subject) ?? 0) + 1);
  }
  await smtp.close();
  let integrity = "ok";
  if (target.provider === "sqlite") {
    const raw = new Database(target.filename, { readonly: true });
    integrity = String(raw.pragma("integrity_check", { simple: true }));
    raw.close();
  }
  await db.$disconnect();

  const lostAnswers = acknowledgedAnswers.filter((r) => !found.has(r));
  const report: CrashReport = {
    database: target.provider,
    iterations,
    kills,
    answers: {
      acknowledged: acknowledgedAnswers.length,
      found: responses.length,
      lost: lostAnswers,
      withoutAudit: responses.filter((r) => !auditedReasons.has(r.reason ?? "")).length,
    },
    saves: {
      acknowledged: acknowledgedSaves.length,
      found: revisions.length,
      lost: lostSaves.map((s) => s.marker),
      sectionMatchesLastRevision: (revisions.at(-1)?.content ?? "").includes(JSON.stringify(section.body).slice(1, -1)),
    },
    mails: {
      queued: MAILS,
      sent: mails.filter((m) => m.status === "SENT").length,
      received: deliveries.size,
      missing: MAILS - deliveries.size,
      duplicates: [...deliveries.values()].reduce((n, c) => n + c - 1, 0),
    },
    integrity,
    ok: false,
  };
  report.ok =
    lostAnswers.length === 0 &&
    report.answers.withoutAudit === 0 &&
    lostSaves.length === 0 &&
    report.saves.sectionMatchesLastRevision &&
    report.mails.sent === MAILS &&
    report.mails.missing === 0 &&
    // Sends are one at a time, so a kill cuts at most one SMTP exchange: at most one repeat per kill.
    report.mails.duplicates <= kills &&
    integrity === "ok";
  return report;
}

if (process.argv[1]?.endsWith("crash-test.ts")) {
  const target = process.env.DATABASE_URL?.startsWith("postgres")
    ? resolveDatabaseUrl(process.env)
    : { provider: "sqlite" as const, filename: path.resolve("data", `crash-${arg("port", 3390)}.db`) };
  buildIfNeeded();
  runCrashTest({ iterations: arg("iterations", 10), port: arg("port", 3390), target })
    .then((report) => {
      console.log(JSON.stringify(report, null, 2));
      process.exit(report.ok ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
