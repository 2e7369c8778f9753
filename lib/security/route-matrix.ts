// Who may call each route handler, and the request aimed at a fresh scene's records. The authorisation
// matrix calls every route as every caller of the world: those not listed must be refused (401 or a
// redirect to sign in without a credential, 403 or 404 otherwise; "lists" routes may instead answer
// with the caller's own data, without the scene's), with nothing written. A route found in the code
// without an entry here fails the suite: add one line,
//   "GET /meetings/[id]/thing": { allowed: ORGANISER, request: async (s) => ({ params: { id: … } }) },
import { pdfFile } from "@/lib/meeting-documents/testing/samples";
import type { ActorName, Scene } from "./world";

export interface RouteCase {
  allowed: readonly ActorName[];
  /**
   * How the caller proves who they are: the session cookie (default), an API token (Bearer), or the
   * secret in a calendar feed's address. Tokens do not carry the session version, so the "stale…"
   * callers take no part in token routes.
   */
  credential?: "session" | "apiToken" | "feed";
  /** Path parameters (the feed's token is filled in per caller) and the query string. */
  request: (s: Scene) => Promise<{ params: Record<string, string>; query?: string }>;
  /** Answers everyone with what they may see: a caller not allowed gets an answer without the scene's records. */
  lists?: true;
  /** Headers of the request besides the credential (a post's Origin, its content type). */
  headers?: Record<string, string>;
  /** The body of a POST, made afresh for each call. */
  body?: () => Uint8Array;
}

/** Open to everyone by design; the reason says where its own guarantees are proved. */
export interface PublicRoute {
  public: string;
}

/**
 * Answers every caller with a redirect and nothing else: the signed-in to their role's home, everyone
 * without a valid session to sign in. The matrix checks where each caller is sent.
 */
export interface RedirectRoute {
  redirects: "home";
}

export type RouteEntry = RouteCase | RouteCase[] | PublicRoute | RedirectRoute;

const ORGANISER: readonly ActorName[] = ["admin", "secretariat"];
/** Everyone the sent meeting is visible to: its secretariats, the chairs of its points, the invited units. */
const SEES_MEETING: readonly ActorName[] = [
  ...ORGANISER,
  "hostSecretariat",
  "chair",
  "otherChair",
  "unitRep",
  "otherWardRep",
];
/** Who reads a meeting's minutes: its secretariats and the chairs of its points. */
const READS_MINUTES: readonly ActorName[] = [...ORGANISER, "hostSecretariat", "chair", "otherChair"];

/** Who may upload a file to the sent meeting: its secretariats, and the invited units while an item asks for contributions. */
const UPLOADS: readonly ActorName[] = [...ORGANISER, "hostSecretariat", "unitRep", "otherWardRep"];

const documentFile =
  (which: "organiserDocument" | "hostDocument" | "contribution" | "confidential", query?: string) =>
  async (s: Scene) => {
    const d = await s.documents();
    return { params: { id: d.meetingId, documentId: d[which].id }, ...(query ? { query } : {}) };
  };

const NEXT_AUTH =
  "next-auth's own endpoints (sign-in form post, sign-out, CSRF token, session), open to everyone by design; sign-in and its refusals are proved in e2e/sign-in.spec.ts";

export const ROUTE_MATRIX: Record<string, RouteEntry> = {
  "GET /": { redirects: "home" },
  "GET /admin/import/template/[kind]": {
    allowed: ["admin"],
    request: async () => ({ params: { kind: "units" }, query: "format=csv" }),
  },
  "GET /api/auth/[...nextauth]": { public: NEXT_AUTH },
  "POST /api/auth/[...nextauth]": { public: NEXT_AUTH },
  "GET /api/options/[list]": {
    allowed: [...ORGANISER, "hostSecretariat", "foreignSecretariat"],
    request: async () => ({ params: { list: "units" }, query: "q=nghi&purpose=meeting" }),
  },
  "GET /api/v1/meetings": {
    allowed: SEES_MEETING,
    credential: "apiToken",
    lists: true,
    request: async (s) => {
      await s.sent();
      return { params: {}, query: `from=${s.at("00:00")}:00%2B07:00&to=${s.at("23:59")}:00%2B07:00&limit=100` };
    },
  },
  "GET /api/v1/meetings/[id]": {
    allowed: SEES_MEETING,
    credential: "apiToken",
    request: async (s) => ({ params: { id: (await s.sent()).meetingId } }),
  },
  "GET /calendar/feed/[token]": {
    allowed: SEES_MEETING,
    credential: "feed",
    lists: true,
    request: async (s) => {
      await s.sent();
      return { params: {} };
    },
  },
  "GET /meetings/[id]/board/events": {
    allowed: [...ORGANISER, "hostSecretariat"],
    request: async (s) => ({ params: { id: (await s.sent()).meetingId } }),
  },
  "GET /meetings/[id]/ics": {
    allowed: SEES_MEETING,
    request: async (s) => ({ params: { id: (await s.sent()).meetingId } }),
  },
  // Nghi Hải's letter: Thu Thủy, invited to the same meeting, is told it does not exist.
  "GET /meetings/[id]/invitations/[invitationId]/docx": {
    allowed: SEES_MEETING.filter((a) => a !== "otherWardRep"),
    request: async (s) => ({ params: { id: (await s.sent()).meetingId, invitationId: (await s.sent()).invitationId } }),
  },
  "POST /meetings/[id]/documents/upload": {
    allowed: UPLOADS,
    headers: {
      origin: "http://localhost:3000",
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent("Báo cáo tham luận.pdf"),
    },
    body: () => new Uint8Array(pdfFile("Bao cao tham luan")),
    request: async (s) => ({ params: { id: (await s.documents()).meetingId } }),
  },
  "GET /meetings/[id]/documents/[documentId]/file": [
    { allowed: SEES_MEETING, request: documentFile("organiserDocument") },
    { allowed: SEES_MEETING, request: documentFile("organiserDocument", "download=1") },
    // The second point's document: its host, its chair and the unit invited there, besides the organiser.
    { allowed: [...ORGANISER, "hostSecretariat", "otherChair", "otherWardRep"], request: documentFile("hostDocument") },
    // A contribution waiting for review: the unit that sent it and the organiser's secretariat.
    { allowed: [...ORGANISER, "unitRep"], request: documentFile("contribution") },
    // A confidential document is read in the app's viewer, and downloaded by nobody.
    { allowed: SEES_MEETING, request: documentFile("confidential") },
    { allowed: [], request: documentFile("confidential", "download=1") },
  ],
  "GET /meetings/[id]/minutes/[minutesId]/file/[name]": [
    {
      allowed: READS_MINUTES,
      request: async (s) => {
        const m = await s.minutes("APPROVED");
        return { params: { id: m.meetingId, minutesId: m.minutesId, name: "bien-ban.docx" } };
      },
    },
    {
      allowed: READS_MINUTES,
      request: async (s) => {
        const n = await s.notice();
        return { params: { id: n.meetingId, minutesId: n.minutesId, name: "thong-bao-ket-luan.pdf" } };
      },
    },
  ],
  // A signed PDF, for whoever reads its minutes.
  "GET /signatures/[documentId]/file": {
    allowed: READS_MINUTES,
    request: async (s) => ({ params: { documentId: (await s.signedMinutes()).signedDocumentId } }),
  },
  "GET /statistics/export": {
    allowed: ORGANISER,
    lists: true,
    request: async (s) => {
      const day = (await s.held()).day;
      return { params: {}, query: `format=csv&report=meetings&from=${day}&to=${day}` };
    },
  },
};

export const routeCasesOf = (entry: RouteCase | RouteCase[]): RouteCase[] => (Array.isArray(entry) ? entry : [entry]);
export const isPublic = (entry: RouteEntry): entry is PublicRoute => "public" in entry;
export const isRedirect = (entry: RouteEntry): entry is RedirectRoute => "redirects" in entry;
