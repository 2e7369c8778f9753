// The authorisation matrix: every server action and every route handler found in the code, called as
// every caller of the world (lib/security/world.ts) through the real session layer. Whoever the matrix
// does not list must be refused, and nothing written; everyone it lists must get through.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request")).nextHeaders);
// Revalidating needs Next's render cache, which a test has not got; what it refreshes is not at stake here.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { homePathFor } from "@/lib/auth/roles";
import { changedRows, type TableDump } from "@/lib/testing/table-dump";
import { ACTION_MATRIX, casesOf, type ActionCase } from "./action-matrix";
import {
  BOOKKEEPING,
  SCOPE_REFUSALS,
  SIGN_IN,
  callAction,
  databaseDump,
  describeOutcome,
  ghostOf,
  isBookkeeping,
  type Outcome,
} from "./probe";
import { ROUTE_MATRIX, isPublic, isRedirect, routeCasesOf, type RouteCase } from "./route-matrix";
import { inlineServerFunctionFiles, routeHandlers, serverActions, type RouteHandler } from "./surface";
import { ACTORS, FOREIGN, WITHOUT_SESSION, buildWorld, type ActorName, type Scene, type World } from "./world";

// A case calls its action as every kind of caller, comparing database dumps; cases that check passwords
// (bcrypt, cost 11, for each caller) took up to 27 s on a loaded 2-core machine: room beyond the default.
vi.setConfig({ testTimeout: 120_000 });

const actions = await serverActions();
const routes = await routeHandlers();

let world: World;
const figures = {
  actions: actions.length,
  routes: routes.length,
  cases: 0,
  calls: 0,
  refused: 0,
  admitted: 0,
  dumps: 0,
};

beforeAll(async () => {
  world = await buildWorld();
}, 300_000);

afterAll(async () => {
  await world?.close();
  // The figures the README's "The proof" quotes; refresh them from here.
  console.log(
    `authorisation matrix: ${figures.actions} server actions and ${figures.routes} route handlers enumerated, ` +
      `${figures.cases} cases, ${figures.calls} calls tried, ${figures.refused} refused with nothing written, ` +
      `${figures.admitted} admitted, ${figures.dumps} database dumps compared`,
  );
});

const allowedOf = (c: { allowed: readonly ActorName[] | "anyone" }): readonly ActorName[] =>
  c.allowed === "anyone" ? ACTORS : c.allowed;

/** What is wrong with a refused caller's outcome, or null when it is the refusal the caller must get. */
function refusalProblem(c: ActionCase, actor: ActorName, outcome: Outcome): string | null {
  // Proved by the database staying as it was, and no cookie set.
  if (outcome.ok === "unreported")
    return outcome.cookies.length ? `set the cookies ${outcome.cookies.join(", ")}` : null;
  if (outcome.ok) return "was let through";
  if (WITHOUT_SESSION.includes(actor))
    return outcome.message === SIGN_IN ? null : `answered ${describeOutcome(outcome)}, not "sign in"`;
  const keys = [outcome.message, ...Object.values(outcome.fieldErrors ?? {})];
  if (SCOPE_REFUSALS.includes(outcome.message) || (c.refusal && keys.includes(c.refusal))) return null;
  return `answered ${describeOutcome(outcome)}, not a refusal`;
}

const sameAnswer = (a: Outcome, b: Outcome) => describeOutcome(a) === describeOutcome(b);

/** The dump without what a refusal may legitimately write (probe.ts's BOOKKEEPING). */
function withoutBookkeeping(dump: TableDump): TableDump {
  return Object.fromEntries(
    Object.entries(dump).map(([table, rows]) => {
      const columns = BOOKKEEPING.columns[table] ?? [];
      const kept = rows
        .map((row) => JSON.parse(row) as Record<string, unknown>)
        .filter((row) => !isBookkeeping(table, row))
        .map((row) => JSON.stringify({ ...row, ...Object.fromEntries(columns.map((c) => [c, null])) }));
      return [table, kept];
    }),
  );
}

/** What a call wrote, table by table ("Invitation −1 +0"), with the first row it touched; null when nothing. */
function writes(before: TableDump, after: TableDump): string | null {
  figures.dumps++;
  const changes = Object.entries(changedRows(withoutBookkeeping(before), withoutBookkeeping(after)));
  if (!changes.length) return null;
  return changes
    .map(
      ([table, { gone, added }]) => `${table} −${gone.length} +${added.length} ${(added[0] ?? gone[0])!.slice(0, 300)}`,
    )
    .join("; ");
}

describe("the attack surface, read from the code", () => {
  it("finds the server actions and route handlers, each action named once", () => {
    expect(actions.length).toBeGreaterThan(50);
    expect(routes.length).toBeGreaterThan(10);
    const names = actions.map((a) => a.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it("has no server function declared inside another module, where the matrix could not reach it", () => {
    expect(inlineServerFunctionFiles()).toEqual([]);
  });

  it("has an entry for every action and route, and none for code that is gone", () => {
    expect(actions.map((a) => a.name).filter((n) => !ACTION_MATRIX[n])).toEqual([]);
    expect(routes.map((r) => r.key).filter((k) => !ROUTE_MATRIX[k])).toEqual([]);
    expect(Object.keys(ACTION_MATRIX).filter((n) => !actions.some((a) => a.name === n))).toEqual([]);
    expect(Object.keys(ROUTE_MATRIX).filter((k) => !routes.some((r) => r.key === k))).toEqual([]);
  });
});

describe("every server action refuses the callers it must, writing nothing", () => {
  let scene: Scene;
  beforeAll(() => {
    scene = world.scene();
  });

  for (const { name, action } of actions) {
    it(name, async () => {
      const entry = ACTION_MATRIX[name];
      if (!entry) throw new Error(`${name} has no entry in lib/security/action-matrix.ts: say who may call it`);
      const problems: string[] = [];
      for (const [i, c] of casesOf(entry).entries()) {
        figures.cases++;
        const label = `${name}#${i}`;
        const input = await c.input(scene, allowedOf(c)[0]!);
        const ghost = ghostOf(input);
        const before = await databaseDump();
        for (const actor of ACTORS.filter((a) => !allowedOf(c).includes(a))) {
          const outcome = await callAction(world, actor, action, input);
          figures.calls++;
          const problem = refusalProblem(c, actor, outcome);
          if (problem) problems.push(`${label} as ${actor}: ${problem}`);
          else figures.refused++;
          // Another organisation cannot even learn that the record exists.
          if (FOREIGN.includes(actor) && !c.shared) {
            const missing = await callAction(world, actor, action, ghost);
            figures.calls++;
            if (!sameAnswer(outcome, missing))
              problems.push(
                `${label} as ${actor}: told a record from a missing one (${describeOutcome(outcome)} / ${describeOutcome(missing)})`,
              );
          }
        }
        const wrote = writes(before, await databaseDump());
        if (wrote) problems.push(`${label}: a refused call wrote ${wrote}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("every server action admits the callers it allows", () => {
  for (const { name, action } of actions) {
    it(name, async () => {
      const entry = ACTION_MATRIX[name];
      if (!entry) throw new Error(`${name} has no entry in lib/security/action-matrix.ts`);
      const problems: string[] = [];
      for (const [i, c] of casesOf(entry).entries()) {
        for (const actor of allowedOf(c)) {
          // Each allowed call spends a scene of its own: its success changes what it aimed at.
          const input = await c.input(world.scene(), actor);
          const before = await databaseDump();
          const outcome = await callAction(world, actor, action, input);
          figures.calls++;
          const wrote = writes(before, await databaseDump());
          if (c.ownAccount) await world.restore(actor);
          if (outcome.ok === false) problems.push(`${name}#${i} as ${actor}: refused with ${describeOutcome(outcome)}`);
          else if (outcome.ok === "unreported" && !wrote && !outcome.cookies.length)
            problems.push(`${name}#${i} as ${actor}: did nothing`);
          else figures.admitted++;
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

// ── Route handlers ──

const SITE = "http://localhost:3000";

/** The URL of a route pattern with its parameters filled in. */
function urlOf(route: RouteHandler, params: Record<string, string>, query?: string): string {
  const pattern = route.key.slice(route.key.indexOf(" ") + 1);
  const path = pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_m, name: string) => encodeURIComponent(params[name] ?? ""));
  return `${SITE}${path}${query ? `?${query}` : ""}`;
}

/** Who takes part in a route's matrix: a token carries no session version, so stale sessions do not apply. */
const populationOf = (c: RouteCase) =>
  ACTORS.filter((a) => (c.credential ?? "session") === "session" || !(a.startsWith("stale") || a.startsWith("forged")));

interface Answer {
  status: number;
  location: string | null;
  body: string;
}

async function callRoute(
  route: RouteHandler,
  c: RouteCase,
  actor: ActorName,
  request: Awaited<ReturnType<RouteCase["request"]>>,
) {
  const credential = c.credential ?? "session";
  const params = { ...request.params };
  const headers: Record<string, string> = {};
  const signedOut = actor === "signedOut";
  if (credential === "apiToken" && !signedOut) headers.authorization = `Bearer ${await world.apiToken(actor)}`;
  if (credential === "feed") params.token = `${signedOut ? "A".repeat(43) : await world.feedToken(actor)}.ics`;
  const abort = new AbortController();
  const init: RequestInit = { method: route.method, headers: { ...c.headers, ...headers }, signal: abort.signal };
  if (c.body) init.body = c.body() as BodyInit;
  const response = await world.as(credential === "session" ? actor : "signedOut", async () => {
    try {
      return await route.handler(new Request(urlOf(route, params, request.query), init), {
        params: Promise.resolve(params),
      });
    } catch (error) {
      // redirect() in a route handler: Next answers it with a 307 to the URL it names.
      if (!isRedirectError(error)) throw error;
      return new Response(null, { status: 307, headers: { location: getURLFromRedirectError(error) } });
    }
  });
  figures.calls++;
  // An event stream never ends by itself: the client leaving closes it.
  const streaming = response.headers.get("content-type")?.startsWith("text/event-stream");
  const body = streaming ? "" : new TextDecoder().decode(await response.arrayBuffer());
  abort.abort();
  if (streaming) await response.body?.cancel();
  return { status: response.status, location: response.headers.get("location"), body } satisfies Answer;
}

function routeRefusalProblem(c: RouteCase, actor: ActorName, answer: Answer, marker: string): string | null {
  const credential = c.credential ?? "session";
  if (WITHOUT_SESSION.includes(actor)) {
    const expected = credential === "feed" ? [404] : [401];
    if (expected.includes(answer.status)) return null;
    if (credential === "session" && answer.status === 303 && new URL(answer.location ?? "", SITE).pathname === "/login")
      return null;
    return `answered ${answer.status}, not ${credential === "feed" ? "404" : "401 or sign in"}`;
  }
  if (answer.status === 403 || answer.status === 404) return null;
  if (c.lists && answer.status === 200)
    return answer.body.includes(marker) ? "answered with the scene's records" : null;
  return `answered ${answer.status}`;
}

describe("every route handler refuses the callers it must, writing nothing", () => {
  let scene: Scene;
  beforeAll(async () => {
    scene = world.scene();
    // The tokens exist before the dumps: a token made during a call would be a write of the test's own.
    for (const actor of ACTORS.filter((a) => a !== "signedOut" && !a.startsWith("stale") && !a.startsWith("forged"))) {
      await world.apiToken(actor);
      await world.feedToken(actor);
    }
  });

  for (const route of routes) {
    it(route.key, async () => {
      const entry = ROUTE_MATRIX[route.key];
      if (!entry) throw new Error(`${route.key} has no entry in lib/security/route-matrix.ts: say who may call it`);
      if (isPublic(entry) || isRedirect(entry)) return;
      const problems: string[] = [];
      for (const [i, c] of routeCasesOf(entry).entries()) {
        figures.cases++;
        const label = `${route.key}#${i}`;
        const request = await c.request(scene);
        const before = await databaseDump();
        for (const actor of populationOf(c).filter((a) => !c.allowed.includes(a))) {
          const answer = await callRoute(route, c, actor, request);
          const problem = routeRefusalProblem(c, actor, answer, scene.marker);
          if (problem) problems.push(`${label} as ${actor}: ${problem}`);
          else figures.refused++;
          if (FOREIGN.includes(actor) && !c.lists) {
            const missing = await callRoute(route, c, actor, { ...request, params: ghostOf(request.params) });
            if (missing.status !== answer.status)
              problems.push(
                `${label} as ${actor}: told a record from a missing one (${answer.status} / ${missing.status})`,
              );
          }
        }
        const wrote = writes(before, await databaseDump());
        if (wrote) problems.push(`${label}: a refused call wrote ${wrote}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("every route handler answers the callers it allows", () => {
  for (const route of routes) {
    it(route.key, async () => {
      const entry = ROUTE_MATRIX[route.key];
      if (!entry) throw new Error(`${route.key} has no entry in lib/security/route-matrix.ts`);
      if (isPublic(entry) || isRedirect(entry)) return;
      const problems: string[] = [];
      for (const [i, c] of routeCasesOf(entry).entries()) {
        const scene = world.scene();
        const request = await c.request(scene);
        for (const actor of c.allowed) {
          const answer = await callRoute(route, c, actor, request);
          // 200, or 201 for an upload received.
          if (answer.status < 200 || answer.status > 299)
            problems.push(`${route.key}#${i} as ${actor}: answered ${answer.status}`);
          else if (c.lists && !answer.body.includes(scene.marker))
            problems.push(`${route.key}#${i} as ${actor}: the answer leaves out the scene's records`);
          else figures.admitted++;
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("a route that only redirects sends each caller where it belongs, writing nothing", () => {
  for (const route of routes.filter((r) => {
    const entry = ROUTE_MATRIX[r.key];
    return entry && isRedirect(entry);
  })) {
    it(route.key, async () => {
      figures.cases++;
      const problems: string[] = [];
      const before = await databaseDump();
      for (const actor of ACTORS) {
        const answer = await callRoute(route, { allowed: [], request: async () => ({ params: {} }) }, actor, {
          params: {},
        });
        const user = world.actors[actor].user;
        const home = WITHOUT_SESSION.includes(actor) || !user ? "/login" : homePathFor(user.role);
        if (answer.status !== 307 || answer.location !== home)
          problems.push(`${route.key} as ${actor}: answered ${answer.status} ${answer.location}, not 307 ${home}`);
        else if (home === "/login") figures.refused++;
        else figures.admitted++;
      }
      const wrote = writes(before, await databaseDump());
      if (wrote) problems.push(`${route.key}: wrote ${wrote}`);
      expect(problems).toEqual([]);
    });
  }
});

// ── One's own account ──

describe("the actions of one's own account change that account only", () => {
  // They take no id: an id posted anyway (another person's) is not read.
  for (const name of ["updateProfileAction", "changePasswordAction", "signOutEverywhereAction"]) {
    it(name, async () => {
      const { action } = actions.find((a) => a.name === name)!;
      const [c] = casesOf(ACTION_MATRIX[name]!);
      const caller = "unitRep";
      const own = world.actors[caller].user!.id;
      const other = world.actors.admin.user!.id;
      const input = { ...((await c!.input(world.scene(), caller)) as object), id: other, userId: other };
      const before = await databaseDump();
      const outcome = await callAction(world, caller, action, input);
      figures.calls++;
      const after = await databaseDump();
      await world.restore(caller);
      expect(outcome.ok).toBe(true);
      const users = changedRows(before, after).User;
      const touched = [...(users?.gone ?? []), ...(users?.added ?? [])].map((row) => JSON.parse(row).id);
      expect([...new Set(touched)]).toEqual([own]);
      figures.admitted++;
    });
  }
});
