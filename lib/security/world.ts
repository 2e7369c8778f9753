// The world the authorisation matrix and the input fuzz run in, built once per test file: the demo story
// (Nghệ An, the town of Cửa Lò and its wards), a second organisation (Hà Tĩnh), and a population of
// callers, each holding a real session cookie that goes through next-auth and currentUser on every call.
// A scene is a set of fresh records for one action to aim at (a draft, a sent meeting, minutes in each
// state, registry rows), made on demand: a call allowed to succeed spends its own scene, so no entry of
// the matrix depends on what another one did.
import { createPrivateKey } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import forge from "node-forge";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { authOptions } from "@/lib/auth/options";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { endSessions } from "@/lib/auth/end-sessions";
import { hashPassword } from "@/lib/auth/password";
import { hashSecretToken, newSecretToken } from "@/lib/auth/secret-token";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";
import { createApiToken } from "@/lib/api-tokens/data";
import { createCalendarFeedToken } from "@/lib/calendar/data";
import { tokenFromSegment } from "@/lib/calendar/urls";
import { dayAfter } from "@/lib/demo/calendar";
import { dayKey, startOfDay } from "@/lib/datetime/vietnam";
import {
  addConclusionMutation,
  approveMinutesMutation,
  generateMinutesMutation,
  issueNoticeMutation,
  submitMinutesMutation,
} from "@/lib/minutes/mutations";
import { markDoneMutation } from "@/lib/conclusions/mutations";
import { receiveUpload } from "@/lib/meeting-documents/documents";
import {
  contributeMutation,
  createDocumentMutation,
  contributionDeadlineMutation,
} from "@/lib/meeting-documents/mutations";
import { pdfFile } from "@/lib/meeting-documents/testing/samples";
import { startLoopbackSigningService } from "@/lib/signatures/loopback";
import { addTrustedRoot, registerCertificate, signMinutes } from "@/lib/signatures/manage";
import { createTestPki, pkcs12Of } from "@/lib/signatures/testing-pki";
import { storedSettings } from "@/lib/settings/data";
import { searchKey, givenNameOf } from "@/lib/text/normalize";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { installNextHeaders, setRequest } from "@/lib/testing/next-request";
import { startSmtpServer } from "@/lib/testing/smtp";

/** Signs the session cookies; next-auth reads the same variable. */
const SECRET = "authorisation-matrix-secret-not-used-anywhere-else";
const SESSION_COOKIE = "next-auth.session-token";
/** The password of the world's PKCS#12 files, and the credential the remote signing service holds. */
const P12_PASSWORD = "Mật khẩu tệp ký số";
export const REMOTE_CREDENTIAL = "ma-tran-ky-tu-xa";

/**
 * Everyone the matrix tries. Clones ("deactivated…", "stale…") have the role, unit and official of the
 * caller they copy, so they would be allowed whatever that caller is allowed: only the session layer
 * can refuse them.
 */
export const ACTORS = [
  "signedOut",
  "admin",
  "secretariat", // Văn phòng of the town of Cửa Lò: organises the scenes' meetings
  "chair", // Hoàng Văn Phúc, who chairs their main point
  "unitRep", // Phường Nghi Hải's representative, invited to them
  "hostSecretariat", // the secretariat of Phường Nghi Hải, which hosts their second point
  "otherChair", // the chair of that second point: another point of the same meeting
  "otherWardRep", // Phường Thu Thủy: another unit of the same organisation, invited at the second point
  "foreignSecretariat", // another organisation altogether: the city of Hà Tĩnh…
  "foreignChair",
  "foreignRep", // …and one of its wards
  "deactivatedAdmin", // accounts deactivated after their session was issued
  "deactivatedSecretariat",
  "deactivatedChair",
  "deactivatedUnitRep",
  "staleAdmin", // sessions issued before the account's session version was raised
  "staleSecretariat",
  "staleChair",
  "staleUnitRep",
  "forgedAdmin", // the administrator's session as someone without the server's secret would sign it
] as const;
export type ActorName = (typeof ACTORS)[number];

/** Callers whose session the app must not honour: their calls are refused with "sign in". */
export const WITHOUT_SESSION: readonly ActorName[] = ACTORS.filter(
  (a) => a === "signedOut" || a.startsWith("deactivated") || a.startsWith("stale") || a.startsWith("forged"),
);
/** Callers from another organisation: nothing of Nghệ An's may even be confirmed to exist for them. */
export const FOREIGN: readonly ActorName[] = ["foreignSecretariat", "foreignChair", "foreignRep"];
export const SIGNED_IN: readonly ActorName[] = ACTORS.filter((a) => !WITHOUT_SESSION.includes(a));

export interface Actor {
  name: ActorName;
  /** The account behind the session (also for the refused clones); null when signed out. */
  user: SessionUser | null;
  /** The session cookie the browser would send. */
  cookie: string | null;
}

export interface World {
  actors: Record<ActorName, Actor>;
  ids: Awaited<ReturnType<typeof baseIds>>;
  /** A scene of fresh records. */
  scene(): Scene;
  /** Runs `call` as the actor would: its cookies in the request (and a locale), through the session layer. */
  as<T>(actor: ActorName, call: () => Promise<T>, headers?: Record<string, string>): Promise<T>;
  /** The actor's API token (made once). */
  apiToken(actor: ActorName): Promise<string>;
  /** The actor's private calendar feed token (made once). */
  feedToken(actor: ActorName): Promise<string>;
  /**
   * Gives the actor back the world's password and a session under the account's current session
   * version: after an action of their own account that changed the password or ended every session.
   */
  restore(actor: ActorName): Promise<void>;
  /** Stops the mail server and the signing service, and removes the documents' folder. */
  close(): Promise<void>;
}

const userSelect = { id: true, email: true, name: true, role: true, unitId: true, officialId: true } as const;

async function official(fullName: string, title: string, unitId: string) {
  return db.official.create({
    data: { fullName, nameAscii: searchKey(fullName), givenName: givenNameOf(fullName), title, unitId },
    select: { id: true },
  });
}

async function unit(name: string, kind: "PROVINCE" | "DISTRICT" | "WARD", parentId: string | null) {
  return db.unit.create({
    data: { name, nameAscii: searchKey(name), kind, block: "GOVERNMENT", parentId, documentSymbol: "UBND" },
    select: { id: true },
  });
}

/** The records of the demo and of Hà Tĩnh that every scene builds on. */
async function baseIds() {
  const unitId = async (name: string) => (await db.unit.findFirstOrThrow({ where: { name } })).id;
  const officialId = async (fullName: string) => (await db.official.findFirstOrThrow({ where: { fullName } })).id;
  const pointId = async (name: string) => (await db.connectionPoint.findFirstOrThrow({ where: { name } })).id;
  const nghiHai = await unitId("Phường Nghi Hải");
  const wardPoint = await db.connectionPoint.create({
    data: {
      name: "Điểm cầu phường Nghi Hải",
      nameAscii: searchKey("Điểm cầu phường Nghi Hải"),
      hostUnitId: nghiHai,
      address: "Trụ sở UBND phường Nghi Hải",
    },
    select: { id: true },
  });
  const haTinh = await unit("Tỉnh Hà Tĩnh", "PROVINCE", null);
  const haTinhCity = await unit("Thành phố Hà Tĩnh", "DISTRICT", haTinh.id);
  const bacHa = await unit("Phường Bắc Hà", "WARD", haTinhCity.id);
  return {
    province: await unitId("Tỉnh Nghệ An"),
    town: await unitId("Thị xã Cửa Lò"),
    nghiHai,
    nghiHoa: await unitId("Phường Nghi Hòa"),
    nghiHuong: await unitId("Phường Nghi Hương"),
    thuThuy: await unitId("Phường Thu Thủy"),
    labourOffice: await unitId("Phòng Lao động - Thương binh và Xã hội thị xã"),
    haTinhCity: haTinhCity.id,
    bacHa: bacHa.id,
    phuc: await officialId("Hoàng Văn Phúc"),
    townSecretary: await officialId("Nguyễn Thị Hà"),
    wardChair: await officialId("Nguyễn Văn Hải"),
    foreignChair: (await official("Lê Đức Thọ Anh", "Phó Chủ tịch UBND thành phố Hà Tĩnh", haTinhCity.id)).id,
    hall: await pointId("Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã"),
    wardPoint: wardPoint.id,
    template: (await db.agendaTemplate.findFirstOrThrow({ where: { kind: "BRIEFING" } })).id,
  };
}

/** What next-auth's sign-in puts in the session cookie, signed as next-auth signs it. */
async function sessionCookie(user: SessionUser, secret = SECRET): Promise<string> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  const token = await authOptions.callbacks!.jwt!({
    token: { sub: user.id, email: user.email, name: user.name },
    user: { ...user, sessionVersion },
    account: null,
    trigger: "signIn",
  } as never);
  return encode({ token, secret, maxAge: 12 * 3600 });
}

export async function buildWorld(now = new Date()): Promise<World> {
  process.env.NEXTAUTH_SECRET = SECRET;
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
  installNextHeaders();
  // The settings' test e-mail goes to a real SMTP server, as it would in production.
  const smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  // Meeting documents' files go to a folder of this test file's own.
  const documentsDir = mkdtempSync(path.join(os.tmpdir(), "hoinghi-matrix-documents-"));
  process.env.HOINGHI_DOCUMENTS_DIR = documentsDir;
  const demo = await seedDemoOnce(now);
  const ids = await baseIds();
  // Signing, with a certificate authority made here: Phúc and the ward's chair hold a certificate in force
  // (they sign the minutes of their points), and the remote signing service (its loopback stand-in) holds
  // one credential for the administrator to register.
  const pki = createTestPki("hoinghi Ma trận");
  const p12Of = (name: string) =>
    pkcs12Of(pki.issueSigner(name, { title: "Chủ tọa" }), [pki.intermediate, pki.root], P12_PASSWORD);
  for (const [officialId, name] of [
    [ids.phuc, "Hoàng Văn Phúc"],
    [ids.wardChair, "Nguyễn Văn Hải"],
  ] as const)
    await registerCertificate(demo.admin, {
      label: `Chứng thư số của ${name}`,
      officialId,
      unitId: null,
      file: new File([new Uint8Array(p12Of(name))], "chu-toa.p12"),
      password: P12_PASSWORD,
    });
  const remote = pki.issueSigner("Cán bộ ký từ xa");
  const signingService = await startLoopbackSigningService(
    new Map([
      [
        REMOTE_CREDENTIAL,
        { key: createPrivateKey(forge.pki.privateKeyToPem(remote.key)), chain: [remote.der, pki.intermediate.der] },
      ],
    ]),
  );
  process.env.HOINGHI_REMOTE_SIGNING_URL = signingService.url;
  const signing: Signing = { pkcs12: p12Of("Cán bộ văn thư"), password: P12_PASSWORD };
  // Every account of the world has the demo's password, for actions that ask for it again.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const account = async (key: string, role: Role, unitId: string, officialId: string | null = null) =>
    db.user.create({
      data: { email: `${key}@matrix.test`, name: key, role, unitId, officialId, passwordHash },
      select: userSelect,
    });
  const users: Partial<Record<ActorName, SessionUser>> = {
    admin: demo.admin,
    secretariat: demo.secretariat,
    chair: demo.chair,
    unitRep: demo.nghiHai,
    hostSecretariat: await account("host-secretariat", "SECRETARIAT", ids.nghiHai),
    otherChair: await account("other-chair", "CHAIR", ids.nghiHai, ids.wardChair),
    otherWardRep: await account("other-ward-rep", "UNIT_REP", ids.thuThuy),
    foreignSecretariat: await account("foreign-secretariat", "SECRETARIAT", ids.haTinhCity),
    foreignChair: await account("foreign-chair", "CHAIR", ids.haTinhCity, ids.foreignChair),
    foreignRep: await account("foreign-rep", "UNIT_REP", ids.bacHa),
  };
  const cookies: Partial<Record<ActorName, string>> = {};
  for (const [name, user] of Object.entries(users)) cookies[name as ActorName] = await sessionCookie(user);
  // The clones: an official can be linked to one account only, so they act for the official through the
  // same role and unit but without it; the session layer must refuse them before any of that matters.
  for (const [original, prefix] of [
    ["admin", "Admin"],
    ["secretariat", "Secretariat"],
    ["chair", "Chair"],
    ["unitRep", "UnitRep"],
  ] as const) {
    const copy = users[original]!;
    for (const kind of ["deactivated", "stale"] as const) {
      const name = `${kind}${prefix}` as ActorName;
      const user = await account(`${kind}-${original}`, copy.role, copy.unitId);
      users[name] = user;
      cookies[name] = await sessionCookie(user);
      if (kind === "deactivated") await db.user.update({ where: { id: user.id }, data: { active: false } });
      else await endSessions(db, user.id);
    }
  }
  users.forgedAdmin = demo.admin;
  cookies.forgedAdmin = await sessionCookie(demo.admin, "a-secret-the-server-never-had");
  const actors = Object.fromEntries(
    ACTORS.map((name) => [name, { name, user: users[name] ?? null, cookie: cookies[name] ?? null }]),
  ) as Record<ActorName, Actor>;

  let scenes = 0;
  let days = 0;
  const apiTokens = new Map<ActorName, string>();
  const feedTokens = new Map<ActorName, string>();
  const world: World = {
    actors,
    ids,
    scene: () => newScene(++scenes, now, ids, actors, passwordHash, signing, () => ++days),
    async as(actor, call, headers = {}) {
      const cookie = actors[actor].cookie;
      setRequest({ cookies: cookie ? { [SESSION_COOKIE]: cookie } : {}, headers });
      try {
        return await call();
      } finally {
        setRequest();
      }
    },
    async apiToken(actor) {
      if (!apiTokens.has(actor))
        apiTokens.set(
          actor,
          (
            await createApiToken(actors[actor].user!, {
              name: "Ma trận phân quyền",
              lifetimeDays: 90,
              password: DEMO_PASSWORD,
            })
          ).token,
        );
      return apiTokens.get(actor)!;
    },
    async feedToken(actor) {
      if (!feedTokens.has(actor)) {
        const { path } = await createCalendarFeedToken(actors[actor].user!);
        feedTokens.set(actor, tokenFromSegment(path.split("/").at(-1)!)!);
      }
      return feedTokens.get(actor)!;
    },
    async restore(actor) {
      const user = actors[actor].user!;
      await db.user.update({ where: { id: user.id }, data: { passwordHash } });
      actors[actor].cookie = await sessionCookie(user);
    },
    async close() {
      await smtp.close();
      await signingService.close();
      rmSync(documentsDir, { recursive: true, force: true });
    },
  };
  return world;
}

// ── Scenes ──

export interface Scene {
  n: number;
  /** The world's standing records (units, officials, points). */
  ids: Ids;
  /** A word that only this scene's records carry, to tell whether a response leaked them. */
  marker: string;
  /** A wall-clock "YYYY-MM-DDTHH:mm" on this scene's own day, far ahead, that no other scene uses. */
  at(hhmm: string): string;
  /** A calendar day "YYYY-MM-DD" of this scene's own (for holidays), k = 0 or 1. */
  day(k: number): string;
  /** A draft of the town with two points (the town's hall, chaired by Phúc; Nghi Hải's, by its chair). */
  draft(): Promise<DraftMeeting>;
  /** The same, sent: Nghi Hải invited at the main point, Nghi Hương's substitute awaiting Phúc. */
  sent(): Promise<SentMeeting>;
  /** A sent meeting starting within the hour, its check-in open, Nghi Hải's representative expected. */
  today(): Promise<TodayMeeting>;
  /** A meeting held yesterday with the same two points. */
  held(): Promise<HeldMeeting>;
  /** Minutes of a held meeting's main point, with a conclusion led by Nghi Hải, in the given state. */
  minutes(state: "DRAFT" | "SUBMITTED" | "APPROVED"): Promise<MinutesScene>;
  /** Approved minutes whose conclusion notice has been issued. */
  notice(): Promise<{ minutesId: string; meetingId: string }>;
  /** The conclusion of approved minutes as Nghi Hải's task, open or done. */
  task(state: "OPEN" | "DONE"): Promise<{ id: string; version: number }>;
  holiday(): Promise<{ id: string; version: number; day: string }>;
  /** An agenda template in use or retired. */
  template(retired: boolean): Promise<{ id: string; itemIds: string[] }>;
  /** A connection point of the town, in service or retired. */
  connectionPoint(retired: boolean): Promise<{ id: string; updatedAt: string }>;
  failedMail(): Promise<{ id: string }>;
  /** An API token of Nghi Hải's representative. */
  apiToken(): Promise<{ id: string }>;
  /** The settings as the form loads them. */
  settings(): Promise<{ organisationName: string | null; reminderHours: string | null; mailFrom: string | null }>;
  /** The caller's own account as their profile form loads it. */
  ownAccount(actor: ActorName): Promise<{ id: string; version: number; name: string }>;
  /** An account of Nghi Hòa's representative (with a password), for the administrator to manage. */
  account(): Promise<{ id: string; version: number; email: string; unitId: string }>;
  /** The token of a new account's one-time link to set its first password. */
  passwordLink(): Promise<string>;
  /** A ward of the town. */
  unit(): Promise<{ id: string; version: number; name: string }>;
  /**
   * A ward of the town that ceased today, merged into a new ward, invited to the draft at its main
   * point (the organiser moves it) or at the hub (its host may too).
   */
  ceasedUnit(at: "main" | "hub"): Promise<{ unitId: string; successorId: string; invitationId: string }>;
  /** An official in post at the town (kept by its secretariat) or at Nghi Hải (kept by the ward's too). */
  official(of: "town" | "ward"): Promise<{ id: string; version: number; title: string; unitId: string }>;
  /** An import's dry run, ready to be written or discarded, with nothing to create or change. */
  importJob(): Promise<{ jobId: string }>;
  /** Approved minutes of the held meeting's second point, chaired by the ward's chair. */
  hubMinutes(): Promise<{ minutesId: string }>;
  /** Approved minutes of the main point signed by Phúc: the signed PDF. */
  signedMinutes(): Promise<{ signedDocumentId: string; meetingId: string }>;
  /** A signer's PKCS#12 file (of the world's authority) and its password. */
  pkcs12(): { file: File; password: string };
  /** The certificate of a root authority of this scene's own, as a PEM file. */
  rootCertificate(): File;
  /** A PDF anyone may check. */
  pdf(): File;
  /** A certificate of Nghi Hòa's seal, registered by the administrator. */
  signingCertificate(): Promise<{ id: string }>;
  /** A root the administrator trusts. */
  trustedRoot(): Promise<{ id: string }>;
  /** The sent meeting's documents: one of each kind a reader can meet. */
  documents(): Promise<DocumentsScene>;
  /** A PDF the caller uploaded to the sent meeting (its documents made first), not yet used by a document. */
  upload(caller: ActorName): Promise<string>;
}

export interface Signing {
  pkcs12: Buffer;
  password: string;
}

export interface DocumentsScene {
  meetingId: string;
  mainPointId: string;
  hubPointId: string;
  /** An agenda item asking the units for contributions until a month from now. */
  agendaItem: { id: string; version: number };
  /** The town's, for everyone invited. */
  organiserDocument: { id: string; version: number };
  /** Nghi Hải's secretariat's, for its own point (the second one). */
  hostDocument: { id: string; version: number };
  /** Nghi Hải's contribution to the agenda item, waiting for the town's secretariat. */
  contribution: { id: string; version: number };
  /** The town's, confidential: read in the app, never downloaded. */
  confidential: { id: string; version: number };
}

export interface DraftMeeting {
  meetingId: string;
  version: number;
  mainPointId: string;
  hubPointId: string;
  /** Nghi Hòa, invited (not yet sent) at the main point. */
  invitationId: string;
  agendaItems: { id: string; version: number }[];
}
export interface SentMeeting {
  meetingId: string;
  version: number;
  mainPointId: string;
  hubPointId: string;
  /** Nghi Hải's invitation at the main point, not answered yet. */
  invitationId: string;
  /** Nghi Hương's answer sending a substitute, awaiting the main point's chair. */
  substituteResponseId: string;
}
export interface TodayMeeting {
  meetingId: string;
  mainPointId: string;
  attendeeId: string;
}
export interface HeldMeeting {
  meetingId: string;
  /** The day it was held, "YYYY-MM-DD". */
  day: string;
  mainPointId: string;
  hubPointId: string;
}
export interface MinutesScene {
  minutesId: string;
  meetingId: string;
  version: number;
  section: { id: string; version: number };
  conclusion: { id: string; version: number };
}

type Ids = World["ids"];

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/** Like once, for parts that come in variants (minutes in each state): each variant made once. */
function oncePer<K, T>(make: (variant: K) => Promise<T>): (variant: K) => Promise<T> {
  const made = new Map<K, Promise<T>>();
  return (variant) => {
    if (!made.has(variant)) made.set(variant, make(variant));
    return made.get(variant)!;
  };
}

function newScene(
  n: number,
  now: Date,
  ids: Ids,
  actors: Record<ActorName, Actor>,
  passwordHash: string,
  signing: Signing,
  nextDay: () => number,
): Scene {
  const marker = `MX${n}Q${Math.random().toString(36).slice(2, 7).toUpperCase()}`;
  const as = (name: ActorName) => actors[name].user!;
  // A day of its own, taken only by a scene that schedules something: the feeds reach a year ahead.
  let day: number | undefined;
  const ownDay = () => (day ??= nextDay());
  const at = (hhmm: string) => `${dayAfter(now, 120 + ownDay())}T${hhmm}`;
  const instant = (hhmm: string) => new Date(`${at(hhmm)}:00+07:00`);
  const titled = (what: string) => ({ title: `${what} ${marker}`, titleAscii: searchKey(`${what} ${marker}`) });
  const twoPoints = (secretary = true) => ({
    create: [
      {
        connectionPointId: ids.hall,
        isMain: true,
        position: 0,
        chairOfficialId: ids.phuc,
        secretaryOfficialId: secretary ? ids.townSecretary : null,
      },
      { connectionPointId: ids.wardPoint, position: 1, chairOfficialId: ids.wardChair },
    ],
  });
  const pointIds = async (meetingId: string) => {
    const points = await db.meetingPoint.findMany({ where: { meetingId }, orderBy: { position: "asc" } });
    return { mainPointId: points[0]!.id, hubPointId: points[1]!.id };
  };
  const succeed = async <T>(result: Promise<{ ok: true; data: T } | { ok: false; message: string }>) => {
    const r = await result;
    if (!r.ok) throw new Error(`the scene could not be built: ${r.message}`);
    return r.data;
  };

  const held = async (): Promise<HeldMeeting> => {
    const startsAt = new Date(now.getTime() - (ownDay() + 1) * 86_400_000);
    const meeting = await db.meeting.create({
      data: {
        ...titled("Hội nghị đã họp"),
        kind: "THEMATIC",
        mode: "HYBRID",
        status: "HELD",
        organiserUnitId: ids.town,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        points: twoPoints(),
      },
    });
    return { meetingId: meeting.id, day: dayKey(startsAt), ...(await pointIds(meeting.id)) };
  };
  const minutesAt = async (
    state: "DRAFT" | "SUBMITTED" | "APPROVED",
    point: "main" | "hub" = "main",
  ): Promise<MinutesScene> => {
    const { meetingId, mainPointId, hubPointId } = await held();
    const secretariat = as("secretariat");
    const { id: minutesId } = await succeed(
      runAction(generateMinutesMutation, secretariat, { meetingPointId: point === "main" ? mainPointId : hubPointId }),
    );
    await succeed(
      runAction(addConclusionMutation, secretariat, {
        minutesId,
        content: `Phường Nghi Hải rà soát danh sách hộ nghèo ${marker}`,
        leadUnitId: ids.nghiHai,
        deadline: dayAfter(now, 30),
      }),
    );
    const version = async () => (await db.minutes.findUniqueOrThrow({ where: { id: minutesId } })).version;
    if (state !== "DRAFT")
      await succeed(runAction(submitMinutesMutation, secretariat, { minutesId, version: await version() }));
    if (state === "APPROVED")
      await succeed(
        runAction(approveMinutesMutation, as(point === "main" ? "chair" : "otherChair"), {
          minutesId,
          version: await version(),
        }),
      );
    const section = await db.minutesSection.findFirstOrThrow({ where: { minutesId }, orderBy: { position: "asc" } });
    const conclusion = await db.conclusion.findFirstOrThrow({ where: { minutesId } });
    return {
      minutesId,
      meetingId,
      version: await version(),
      section: { id: section.id, version: section.version },
      conclusion: { id: conclusion.id, version: conclusion.version },
    };
  };

  const minutes = (state: "DRAFT" | "SUBMITTED" | "APPROVED") => minutesAt(state);
  const file = (bytes: Buffer | string, name: string) => new File([new Uint8Array(Buffer.from(bytes))], name);
  const uploadAs = async (caller: ActorName, meetingId: string, name: string) =>
    (await receiveUpload(as(caller), meetingId, Readable.from([pdfFile(`${name} ${marker}`)]), `${name}.pdf`)).uploadId;
  const documentRow = async (id: string) =>
    db.meetingDocument.findUniqueOrThrow({ where: { id }, select: { id: true, version: true } });

  const scene: Scene = {
    n,
    ids,
    marker,
    at,
    day: (k) => dayKey(new Date(startOfDay("2095-01-01").getTime() + (2 * n + k) * 86_400_000 + 43_200_000)),
    draft: once(async () => {
      const meeting = await db.meeting.create({
        data: {
          ...titled("Hội nghị dự thảo"),
          kind: "THEMATIC",
          mode: "HYBRID",
          status: "DRAFT",
          organiserUnitId: ids.town,
          startsAt: instant("08:00"),
          endsAt: instant("10:00"),
          createdById: as("secretariat").id,
          points: twoPoints(),
          agendaItems: {
            create: [
              { position: 0, title: "Khai mạc", durationMinutes: 10 },
              { position: 1, title: "Thảo luận", durationMinutes: 60 },
            ],
          },
        },
        include: { agendaItems: { orderBy: { position: "asc" } } },
      });
      const points = await pointIds(meeting.id);
      const invitation = await db.invitation.create({
        data: { meetingId: meeting.id, meetingPointId: points.mainPointId, unitId: ids.nghiHoa, seats: 1 },
      });
      return {
        meetingId: meeting.id,
        version: meeting.version,
        ...points,
        invitationId: invitation.id,
        agendaItems: meeting.agendaItems.map((i) => ({ id: i.id, version: i.version })),
      };
    }),
    sent: once(async () => {
      const meeting = await db.meeting.create({
        data: {
          ...titled("Hội nghị đã gửi giấy mời"),
          kind: "THEMATIC",
          mode: "HYBRID",
          status: "SCHEDULED",
          organiserUnitId: ids.town,
          startsAt: instant("14:00"),
          endsAt: instant("16:00"),
          points: twoPoints(),
        },
      });
      const points = await pointIds(meeting.id);
      const invite = (unitId: string, meetingPointId: string) =>
        db.invitation.create({
          data: {
            meetingId: meeting.id,
            meetingPointId,
            unitId,
            seats: 2,
            sentAt: now,
            documentNumber: "01/GM-UBND",
            answerDeadline: instant("08:00"),
          },
        });
      const invitation = await invite(ids.nghiHai, points.mainPointId);
      const substituted = await invite(ids.nghiHuong, points.mainPointId);
      await invite(ids.thuThuy, points.hubPointId);
      const response = await db.invitationResponse.create({
        data: {
          invitationId: substituted.id,
          kind: "SUBSTITUTE",
          reason: "Đồng chí Chủ tịch đi công tác",
          forStartsAt: meeting.startsAt,
          respondedById: as("unitRep").id,
          substituteDecision: "PENDING",
        },
      });
      await db.invitation.update({ where: { id: substituted.id }, data: { status: "SUBSTITUTE" } });
      return {
        meetingId: meeting.id,
        version: meeting.version,
        ...points,
        invitationId: invitation.id,
        substituteResponseId: response.id,
      };
    }),
    today: once(async () => {
      const startsAt = new Date(now.getTime() + 3_600_000);
      const meeting = await db.meeting.create({
        data: {
          ...titled("Hội nghị hôm nay"),
          kind: "BRIEFING",
          mode: "ON_SITE",
          status: "SCHEDULED",
          organiserUnitId: ids.town,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
          points: twoPoints(),
        },
      });
      const { mainPointId } = await pointIds(meeting.id);
      const invitation = await db.invitation.create({
        data: {
          meetingId: meeting.id,
          meetingPointId: mainPointId,
          unitId: ids.nghiHai,
          seats: 1,
          sentAt: now,
          status: "CONFIRMED",
          documentNumber: "02/GM-UBND",
        },
      });
      const response = await db.invitationResponse.create({
        data: { invitationId: invitation.id, kind: "CONFIRM", forStartsAt: startsAt, respondedById: as("unitRep").id },
      });
      const attendee = await db.attendee.create({
        data: {
          meetingPointId: mainPointId,
          invitationId: invitation.id,
          responseId: response.id,
          fullName: "Trần Thị Lan",
          title: "Công chức Văn hóa - Xã hội",
        },
      });
      return { meetingId: meeting.id, mainPointId, attendeeId: attendee.id };
    }),
    held: once(held),
    notice: once(async () => {
      const { minutesId } = await minutes("APPROVED");
      await succeed(runAction(issueNoticeMutation, as("secretariat"), { minutesId }));
      const { meetingId } = await db.minutes.findUniqueOrThrow({ where: { id: minutesId } });
      return { minutesId, meetingId };
    }),
    minutes: oncePer(minutes),
    task: oncePer(async (state) => {
      const { conclusion } = await minutes("APPROVED");
      if (state === "DONE")
        await succeed(runAction(markDoneMutation, as("unitRep"), { id: conclusion.id, version: conclusion.version }));
      const { version } = await db.conclusion.findUniqueOrThrow({ where: { id: conclusion.id } });
      return { id: conclusion.id, version };
    }),
    holiday: once(async () => {
      const day = scene.day(0);
      const h = await db.publicHoliday.create({ data: { day, name: `Ngày lễ ${marker}`, kind: "HOLIDAY" } });
      return { id: h.id, version: h.version, day };
    }),
    template: oncePer(async (retired) => {
      const t = await db.agendaTemplate.create({
        data: {
          familyId: `family-${marker}-${retired}`,
          name: `Mẫu chương trình ${marker}`,
          kind: "BRIEFING",
          status: retired ? "RETIRED" : "ACTIVE",
          items: { create: [{ position: 0, title: "Khai mạc", durationMinutes: 10 }] },
        },
        include: { items: true },
      });
      return { id: t.id, itemIds: t.items.map((i) => i.id) };
    }),
    connectionPoint: oncePer(async (retired) => {
      const name = `Phòng họp ${retired ? "cũ " : ""}${marker}`;
      const p = await db.connectionPoint.create({
        data: { name, nameAscii: searchKey(name), hostUnitId: ids.town, retiredAt: retired ? now : null },
      });
      return { id: p.id, updatedAt: p.updatedAt.toISOString() };
    }),
    failedMail: once(async () => {
      const m = await db.outboxMessage.create({
        data: {
          kind: "invitation",
          to: "nghihai@hoinghi.local",
          subject: marker,
          text: marker,
          status: "FAILED",
          attempts: 8,
        },
      });
      return { id: m.id };
    }),
    apiToken: once(async () => ({
      id: (await createApiToken(as("unitRep"), { name: `Mã ${marker}`, lifetimeDays: 90, password: DEMO_PASSWORD })).id,
    })),
    settings: async () => {
      const stored = await storedSettings();
      return {
        organisationName: stored.organisationName ?? null,
        reminderHours: stored.reminderHours ?? null,
        mailFrom: stored.mailFrom ?? null,
      };
    },
    ownAccount: async (actor) =>
      db.user.findUniqueOrThrow({ where: { id: as(actor).id }, select: { id: true, version: true, name: true } }),
    account: once(async () => {
      const email = `tai-khoan-${marker.toLowerCase()}@matrix.test`;
      return db.user.create({
        data: { email, name: `Cán bộ ${marker}`, role: "UNIT_REP", unitId: ids.nghiHoa, passwordHash },
        select: { id: true, version: true, email: true, unitId: true },
      });
    }),
    passwordLink: once(async () => {
      const user = await db.user.create({
        data: {
          email: `moi-${marker.toLowerCase()}@matrix.test`,
          name: `Cán bộ mới ${marker}`,
          role: "UNIT_REP",
          unitId: ids.nghiHoa,
        },
      });
      const token = newSecretToken();
      await db.passwordToken.create({
        data: {
          userId: user.id,
          purpose: "INVITE",
          tokenHash: hashSecretToken(token),
          expiresAt: new Date(now.getTime() + 86_400_000),
        },
      });
      return token;
    }),
    unit: once(async () => {
      const name = `Phường ${marker}`;
      return db.unit.create({
        data: { name, nameAscii: searchKey(name), kind: "WARD", block: "GOVERNMENT", parentId: ids.town },
        select: { id: true, version: true, name: true },
      });
    }),
    ceasedUnit: oncePer(async (at) => {
      const ward = (name: string, validTo: Date | null) =>
        db.unit.create({
          data: { name, nameAscii: searchKey(name), kind: "WARD", block: "GOVERNMENT", parentId: ids.town, validTo },
          select: { id: true },
        });
      const ceased = await ward(`Phường cũ ${at} ${marker}`, now);
      const successor = await ward(`Phường mới ${at} ${marker}`, null);
      await db.unitSuccession.create({
        data: { fromUnitId: ceased.id, toUnitId: successor.id, kind: "MERGED_INTO", effectiveAt: now },
      });
      const d = await scene.draft();
      const invitation = await db.invitation.create({
        data: {
          meetingId: d.meetingId,
          meetingPointId: at === "main" ? d.mainPointId : d.hubPointId,
          unitId: ceased.id,
          seats: 1,
        },
      });
      return { unitId: ceased.id, successorId: successor.id, invitationId: invitation.id };
    }),
    official: oncePer(async (of) => {
      const fullName = `Nguyễn Văn ${marker}`;
      const title = "Chuyên viên";
      const unitId = of === "town" ? ids.town : ids.nghiHai;
      const o = await db.official.create({
        data: { fullName, nameAscii: searchKey(fullName), givenName: givenNameOf(fullName), title, unitId },
        select: { id: true, version: true },
      });
      await db.officialPost.create({ data: { officialId: o.id, title, unitId } });
      return { ...o, title, unitId };
    }),
    importJob: once(async () => {
      const admin = as("admin");
      const job = await db.importJob.create({
        data: {
          kind: "UNITS",
          fileName: `don-vi-${marker}.csv`,
          fileSha256: "0".repeat(64),
          status: "READY",
          createdById: admin.id,
          createdByEmail: admin.email,
          totalRows: 1,
          unchanged: 1,
        },
      });
      return { jobId: job.id };
    }),
    hubMinutes: once(async () => ({ minutesId: (await minutesAt("APPROVED", "hub")).minutesId })),
    signedMinutes: once(async () => {
      const { minutesId, meetingId } = await minutes("APPROVED");
      const signed = await signMinutes(as("chair"), { minutesId });
      return { signedDocumentId: signed.id, meetingId };
    }),
    pkcs12: () => ({ file: file(signing.pkcs12, "can-bo.p12"), password: signing.password }),
    rootCertificate: (() => {
      let pem: string | undefined;
      return () => file((pem ??= createTestPki(`Gốc ${marker}`).root.pem), "goc.pem");
    })(),
    pdf: () => file(pdfFile(`Van ban ${marker}`), "van-ban.pdf"),
    signingCertificate: once(async () => {
      const { file: p12, password } = scene.pkcs12();
      const created = await registerCertificate(as("admin"), {
        label: `Dấu của phường ${marker}`,
        officialId: null,
        unitId: ids.nghiHoa,
        file: p12,
        password,
      });
      return { id: created.id };
    }),
    trustedRoot: once(async () => ({
      id: (await addTrustedRoot(as("admin"), { name: `Gốc ${marker}`, file: scene.rootCertificate() })).id,
    })),
    documents: once(async () => {
      const { meetingId, mainPointId, hubPointId } = await scene.sent();
      const item = await db.agendaItem.create({
        data: { meetingId, position: 0, title: `Tham luận ${marker}`, durationMinutes: 30 },
      });
      await succeed(
        runAction(contributionDeadlineMutation, as("secretariat"), {
          agendaItemId: item.id,
          version: item.version,
          dueAt: `${dayAfter(now, 30)}T17:00`,
        }),
      );
      const create = async (caller: ActorName, fields: Record<string, unknown>) =>
        (
          await succeed(
            runAction(createDocumentMutation, as(caller), {
              meetingId,
              uploadId: await uploadAs(caller, meetingId, String(fields.title)),
              ...fields,
            }),
          )
        ).id;
      const organiserDocument = await create("secretariat", { title: `Báo cáo ${marker}`, audience: "INVITED" });
      const hostDocument = await create("hostSecretariat", {
        title: `Tài liệu điểm cầu ${marker}`,
        audience: "POINTS",
        pointIds: [hubPointId],
      });
      const confidential = await create("secretariat", {
        title: `Tài liệu mật ${marker}`,
        audience: "INVITED",
        confidential: true,
      });
      const contribution = await succeed(
        runAction(contributeMutation, as("unitRep"), {
          agendaItemId: item.id,
          uploadId: await uploadAs("unitRep", meetingId, "Tham luận"),
          title: `Tham luận của phường ${marker}`,
        }),
      );
      const { version } = await db.agendaItem.findUniqueOrThrow({ where: { id: item.id } });
      return {
        meetingId,
        mainPointId,
        hubPointId,
        agendaItem: { id: item.id, version },
        organiserDocument: await documentRow(organiserDocument),
        hostDocument: await documentRow(hostDocument),
        contribution: await documentRow(contribution.id),
        confidential: await documentRow(confidential),
      };
    }),
    upload: oncePer(async (caller) => uploadAs(caller, (await scene.documents()).meetingId, "Phiên bản mới")),
  };
  return scene;
}
