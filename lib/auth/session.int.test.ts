import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { representativeOf, seedDemoOnce } from "@/lib/testing/fixtures";
import { endSessions } from "./end-sessions";
import { authOptions } from "./options";
import { userOfSession } from "./session";

beforeAll(async () => {
  await seedDemoOnce();
});

/** What next-auth puts in the token at sign-in and reads back on every request. */
async function issueSession(user: { id: string; email: string; name: string }) {
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  const signedIn = { ...account, officialId: account.officialId, sessionVersion: account.sessionVersion };
  const token = await authOptions.callbacks!.jwt!({
    token: { sub: account.id, email: account.email, name: account.name },
    user: signedIn,
    account: null,
    trigger: "signIn",
  } as never);
  const session = await authOptions.callbacks!.session!({
    session: { expires: "" },
    token,
    user: signedIn,
  } as never);
  return session as unknown as { user: { id: string }; sessionVersion: number };
}

describe("the session as the server reads it", () => {
  it("admits a session issued under the account's current version", async () => {
    const rep = await representativeOf("Phường Nghi Hòa");
    const session = await issueSession(rep);
    expect(session.sessionVersion).toBe(1);
    expect(await userOfSession(session.user.id, session.sessionVersion)).toMatchObject({
      id: rep.id,
      role: "UNIT_REP",
    });
  });

  it("refuses every earlier session once the version is raised, and admits a new one", async () => {
    const rep = await representativeOf("Phường Nghi Hương");
    const before = await issueSession(rep);
    await endSessions(db, rep.id);
    expect(await userOfSession(before.user.id, before.sessionVersion)).toBeNull();
    const after = await issueSession(rep);
    expect(await userOfSession(after.user.id, after.sessionVersion)).toMatchObject({ id: rep.id });
  });

  it("refuses a deactivated account's still-valid session, and a session without a version", async () => {
    const rep = await representativeOf("Phường Nghi Thu");
    const session = await issueSession(rep);
    expect(await userOfSession(rep.id, 0)).toBeNull();
    await db.user.update({ where: { id: rep.id }, data: { active: false } });
    expect(await userOfSession(session.user.id, session.sessionVersion)).toBeNull();
  });

  it("reads the role and unit from the database, not from the token", async () => {
    const rep = await representativeOf("Phường Thu Thủy");
    const session = await issueSession(rep);
    const town = await db.unit.findFirstOrThrow({ where: { name: "Thị xã Cửa Lò" } });
    await db.user.update({ where: { id: rep.id }, data: { unitId: town.id } });
    expect((await userOfSession(session.user.id, session.sessionVersion))?.unitId).toBe(town.id);
  });
});
