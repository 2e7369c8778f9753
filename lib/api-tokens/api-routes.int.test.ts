import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";
import { searchKey } from "@/lib/text/normalize";
import { NotFound } from "@/lib/errors";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { getMeetingForApi, listMeetingsForApi } from "@/lib/meetings/api";
import {
  apiMeetingQuerySchema,
  apiMeetingsQuerySchema,
  type ApiMeetingQuery,
  type ApiMeetingsQuery,
} from "@/lib/meetings/api-query";
import { GET as listRoute } from "@/app/api/v1/meetings/route";
import { GET as meetingRoute } from "@/app/api/v1/meetings/[id]/route";
import vi from "@/lib/i18n/messages/apiTokens.vi.json";
import { createApiToken, revokeApiToken } from "./data";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let nghiHaiId: string;
let draftId: string;
let otherWardMeetingId: string;

const query = (q: Record<string, string> = {}): ApiMeetingsQuery => apiMeetingsQuerySchema.parse(q);
const pointsQuery = (q: Record<string, string> = {}): ApiMeetingQuery => apiMeetingQuerySchema.parse(q);
const detail = async (user: typeof users.admin, id: string, q: Record<string, string> = {}) =>
  (await getMeetingForApi(user, id, pointsQuery(q))).data;

beforeAll(async () => {
  users = await seedDemoOnce();
  nghiHaiId = (await db.unit.findFirstOrThrow({ where: { name: "Phường Nghi Hải" } })).id;
  // The draft invites Nghi Hải too, so only its status keeps it from the ward.
  const draft = await db.meeting.findFirstOrThrow({ where: { status: "DRAFT" }, include: { points: true } });
  draftId = draft.id;
  await db.invitation.create({ data: { meetingId: draft.id, meetingPointId: draft.points[0]!.id, unitId: nghiHaiId } });
  const nghiThu = await db.unit.findFirstOrThrow({ where: { name: "Phường Nghi Thu" } });
  const title = "Họp riêng của phường Nghi Thu";
  otherWardMeetingId = (
    await db.meeting.create({
      data: {
        title,
        titleAscii: searchKey(title),
        kind: "BRIEFING",
        mode: "ON_SITE",
        status: "SCHEDULED",
        organiserUnitId: nghiThu.id,
        startsAt: new Date(Date.now() + 5 * 86_400_000),
        endsAt: new Date(Date.now() + 5 * 86_400_000 + 3_600_000),
      },
    })
  ).id;
});

describe("the API's meeting data", () => {
  it("gives a ward representative exactly the sent meetings that invite the ward", async () => {
    const { data, nextCursor } = await listMeetingsForApi(users.nghiHai, query({ limit: "100" }));
    const expected = await db.meeting.findMany({
      where: { status: { not: "DRAFT" }, invitations: { some: { unitId: nghiHaiId } } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(data.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    expect(data.map((m) => m.id)).not.toContain(draftId);
    expect(data.map((m) => m.id)).not.toContain(otherWardMeetingId);
    expect(nextCursor).toBeNull();
  });

  it("shows a ward only its own invitation lines, and nothing outside its scope", async () => {
    const { data } = await listMeetingsForApi(users.nghiHai, query());
    for (const summary of data) {
      const meeting = await detail(users.nghiHai, summary.id);
      const lines = meeting.points.flatMap((p) => p.invitations);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((l) => l.unit.id === nghiHaiId)).toBe(true);
    }
    await expect(detail(users.nghiHai, draftId)).rejects.toBeInstanceOf(NotFound);
    await expect(detail(users.nghiHai, otherWardMeetingId)).rejects.toBeInstanceOf(NotFound);
    await expect(detail(users.secretariat, otherWardMeetingId)).rejects.toBeInstanceOf(NotFound);
    expect((await detail(users.admin, otherWardMeetingId)).id).toBe(otherWardMeetingId);
  });

  it("pages through everything in start order without gaps or repeats", async () => {
    const all = (await listMeetingsForApi(users.admin, query({ limit: "100" }))).data;
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listMeetingsForApi>> = await listMeetingsForApi(
        users.admin,
        query(cursor ? { limit: "2", cursor } : { limit: "2" }),
      );
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((m) => m.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((m) => m.id));
    const starts = all.map((m) => m.startsAt);
    expect([...starts].sort()).toEqual(starts);
  });

  it("pages through a meeting's points, main first, without gaps or repeats", async () => {
    const review = await db.meeting.findFirstOrThrow({ where: { startsAt: new Date("2022-12-27T00:30:00Z") } });
    const all = await getMeetingForApi(users.admin, review.id, pointsQuery());
    expect(all.data.pointCount).toBe(2);
    expect(all.nextCursor).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof getMeetingForApi>> = await getMeetingForApi(
        users.admin,
        review.id,
        pointsQuery(cursor ? { limit: "1", cursor } : { limit: "1" }),
      );
      expect(page.data.points).toHaveLength(1);
      expect(page.data.pointCount).toBe(2);
      seen.push(page.data.points[0]!.connectionPoint.name);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.data.points.map((p) => p.connectionPoint.name));
    expect(all.data.points[0]!.main).toBe(true);
  });

  it("keeps meetings that end after `from` and start before `to`, and filters by status", async () => {
    const review = await db.meeting.findFirstOrThrow({ where: { startsAt: new Date("2022-12-27T00:30:00Z") } }); // 27/12/2022 07:30–11:30
    const ids = async (q: Record<string, string>) =>
      (await listMeetingsForApi(users.admin, query(q))).data.map((m) => m.id);
    expect(await ids({ from: "2022-12-27T02:00:00Z", to: "2022-12-27T03:00:00Z" })).toEqual([review.id]);
    // from = to: the meetings in progress at that instant.
    expect(await ids({ from: "2022-12-27T09:00:00+07:00", to: "2022-12-27T09:00:00+07:00" })).toEqual([review.id]);
    expect(await ids({ from: "2022-12-27T12:00:00+07:00", to: "2022-12-27T12:00:00+07:00" })).toEqual([]);
    expect(await ids({ from: "2022-12-27T04:30:00Z" })).not.toContain(review.id);
    expect(await ids({ to: "2022-12-27T00:30:00Z" })).not.toContain(review.id);
    const held = await ids({ status: "HELD" });
    expect(held).toContain(review.id);
    expect(await db.meeting.count({ where: { id: { in: held }, status: { not: "HELD" } } })).toBe(0);
    expect(await ids({ status: "DRAFT" })).toEqual([draftId]);
    expect((await listMeetingsForApi(users.nghiHai, query({ status: "DRAFT" }))).data).toEqual([]);
  });
});

const BASE = "http://localhost/api/v1/meetings";
const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe("the route handlers", () => {
  let token: string;
  beforeAll(async () => {
    token = (await createApiToken(users.nghiHai, { name: "Kiểm thử API", password: DEMO_PASSWORD, lifetimeDays: 90 }))
      .token;
  });

  it("answer 401 with a Bearer challenge without a usable token", async () => {
    const revoked = await createApiToken(users.nghiHai, {
      name: "Đã thu hồi",
      password: DEMO_PASSWORD,
      lifetimeDays: 90,
    });
    await revokeApiToken(users.nghiHai, { id: revoked.id });
    const cases: [RequestInit, string][] = [
      [{}, 'Bearer realm="hoinghi"'],
      [bearer("hn_not-a-real-token"), 'Bearer realm="hoinghi", error="invalid_token"'],
      [bearer(revoked.token), 'Bearer realm="hoinghi", error="invalid_token"'],
      [
        { headers: { Authorization: `Basic ${btoa("nghihai@hoinghi.local:demo1234")}` } },
        'Bearer realm="hoinghi", error="invalid_token"',
      ],
      [{ headers: { Authorization: token } }, 'Bearer realm="hoinghi", error="invalid_token"'],
    ];
    for (const [init, challenge] of cases) {
      for (const response of [
        await listRoute(new Request(BASE, init)),
        await meetingRoute(new Request(`${BASE}/${draftId}`, init), params(draftId)),
      ]) {
        expect(response.status).toBe(401);
        expect(response.headers.get("WWW-Authenticate")).toBe(challenge);
        expect(response.headers.get("Cache-Control")).toBe("no-store");
        expect(await response.json()).toEqual({
          error: { code: "unauthorized", message: vi.apiTokens.api.unauthorized },
        });
      }
    }
  });

  it("answer 400 with a code and a Vietnamese message naming the wrong parameter", async () => {
    const cases: [string, string][] = [
      ["limit=0", "invalidLimit"],
      ["limit=101", "invalidLimit"],
      ["limit=ten", "invalidLimit"],
      ["from=27/12/2022", "invalidFrom"],
      ["to=2022-12-27", "invalidTo"],
      ["from=2023-01-01T00:00:00Z&to=2022-01-01T00:00:00Z", "invalidRange"],
      ["status=draft", "invalidStatus"],
      ["cursor=%E2%9C%93", "invalidCursor"],
      ["cursor=" + "A".repeat(5000), "invalidCursor"],
      ["limit=1&limit=2", "repeatedParameter"],
    ];
    for (const [search, key] of cases) {
      const response = await listRoute(new Request(`${BASE}?${search}`, bearer(token)));
      expect(response.status, search).toBe(400);
      expect(response.headers.get("Cache-Control")).toBe("no-store");
      expect(await response.json(), search).toEqual({
        error: { code: "invalid_parameter", message: vi.apiTokens.api[key as keyof typeof vi.apiTokens.api] },
      });
    }
  });

  it("answer 400 for a meeting's bad page parameters", async () => {
    const review = await db.meeting.findFirstOrThrow({ where: { startsAt: new Date("2022-12-27T00:30:00Z") } });
    const listCursor = (await listMeetingsForApi(users.nghiHai, query({ limit: "1" }))).nextCursor!;
    const cases: [string, string][] = [
      ["limit=0", "invalidLimit"],
      ["limit=101", "invalidLimit"],
      ["cursor=%E2%9C%93", "invalidCursor"],
      [`cursor=${listCursor}`, "invalidCursor"],
      ["limit=1&limit=2", "repeatedParameter"],
    ];
    for (const [search, key] of cases) {
      const response = await meetingRoute(
        new Request(`${BASE}/${review.id}?${search}`, bearer(token)),
        params(review.id),
      );
      expect(response.status, search).toBe(400);
      expect(await response.json(), search).toEqual({
        error: { code: "invalid_parameter", message: vi.apiTokens.api[key as keyof typeof vi.apiTokens.api] },
      });
    }
  });

  it("answer 404 for an unknown meeting and for one outside the caller's scope", async () => {
    for (const id of [
      "no-such-meeting",
      draftId,
      otherWardMeetingId,
      "x".repeat(5000),
      '\'; DROP TABLE "Meeting"; --',
    ]) {
      const response = await meetingRoute(new Request(`${BASE}/${encodeURIComponent(id)}`, bearer(token)), params(id));
      expect(response.status, id.slice(0, 20)).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "not_found", message: vi.apiTokens.api.notFound } });
    }
  });

  it("answer 200 with the caller's meetings as plain JSON", async () => {
    const response = await listRoute(new Request(`${BASE}?limit=1`, bearer(token)));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["data", "nextCursor"]);
    expect(body.data).toHaveLength(1);
    expect(typeof body.nextCursor).toBe("string");
    const [first] = body.data;
    expect(Object.keys(first).sort()).toEqual([
      "confidential",
      "endsAt",
      "id",
      "kind",
      "mode",
      "organiser",
      "startsAt",
      "status",
      "title",
    ]);
    expect(first.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const next = await (
      await listRoute(new Request(`${BASE}?limit=100&cursor=${body.nextCursor}`, bearer(token)))
    ).json();
    const expected = await listMeetingsForApi(users.nghiHai, query({ limit: "100" }));
    expect([first.id, ...next.data.map((m: { id: string }) => m.id)]).toEqual(expected.data.map((m) => m.id));
  });

  it("answer 200 with one meeting, its points and the ward's own invitation", async () => {
    const review = await db.meeting.findFirstOrThrow({ where: { startsAt: new Date("2022-12-27T00:30:00Z") } });
    const response = await meetingRoute(new Request(`${BASE}/${review.id}`, bearer(token)), params(review.id));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["data", "nextCursor"]);
    expect(body.nextCursor).toBeNull();
    const { data } = body;
    expect(data).toMatchObject({
      pointCount: 2,
      id: review.id,
      title: review.title,
      kind: "YEAR_END_REVIEW",
      mode: "ONLINE",
      status: "HELD",
      startsAt: "2022-12-27T00:30:00.000Z",
      endsAt: "2022-12-27T04:30:00.000Z",
      confidential: false,
      organiser: { name: "Tỉnh Nghệ An" },
      cancelReason: null,
    });
    const [main, cuaLo] = data.points;
    expect(main).toMatchObject({
      main: true,
      connectionPoint: { name: expect.stringContaining("Hội trường UBND tỉnh Nghệ An") },
      chair: { name: "Bùi Đình Long", title: "Phó Chủ tịch UBND tỉnh" },
      technicalTest: { at: "2022-12-26T07:00:00.000Z", result: "READY" },
      invitations: [],
    });
    expect(cuaLo).toMatchObject({ main: false, chair: { name: "Hoàng Văn Phúc" } });
    expect(cuaLo.invitations).toEqual([
      {
        unit: { id: nghiHaiId, name: "Phường Nghi Hải" },
        seats: expect.any(Number),
        answerDeadline: expect.stringMatching(/Z$/),
        status: expect.any(String),
      },
    ]);
    expect(Object.keys(cuaLo.connectionPoint).sort()).toEqual(["address", "name"]);
    // Nothing internal leaks: no search keys, versions, technicians, host units.
    const text = JSON.stringify(data);
    for (const field of ["titleAscii", "nameAscii", "version", "technician", "hostUnitId", "createdById", "tokenHash"])
      expect(text).not.toContain(field);
  });

  it("records the token's use", async () => {
    const row = await db.apiToken.findFirstOrThrow({ where: { userId: users.nghiHai.id, name: "Kiểm thử API" } });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });
});
