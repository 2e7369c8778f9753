import type { Db } from "@/lib/db/connect";
import type { DatabaseTarget } from "@/lib/db/url";
import { hashPassword } from "@/lib/auth/password";
import { searchKey } from "@/lib/text/normalize";
import { passwordProblem, type PasswordProblem } from "@/lib/users/password-policy";
import { seedDemo } from "./seed";
import { createAgendaTemplates } from "./templates";
import { demoProblem } from "@/lib/security/serving";

export type FirstRun =
  { kind: "demo" } | { kind: "admin"; email: string; password: string } | { kind: "refuse"; reason: string };

/** The password policy's refusals, for the operator starting the app. */
const FIRST_PASSWORD_PROBLEMS: Record<PasswordProblem, string> = {
  tooShort: "must have at least 12 characters.",
  tooLong: "must have at most 200 characters.",
  common: "is a common password (or one with digits around it): choose another.",
  containsEmailName: "must not contain the name part of HOINGHI_ADMIN_EMAIL.",
};

/**
 * What to do with an empty database. The embedded SQLite file is for trying the app, so it gets the
 * demo unless HOINGHI_DEMO=off; PostgreSQL is the production database, so it never gets the demo
 * unless HOINGHI_DEMO=on is said explicitly. Never in production at an https address (demoProblem),
 * whatever is said. A database that is not a demo starts with one administrator from
 * HOINGHI_ADMIN_EMAIL / HOINGHI_ADMIN_PASSWORD.
 */
export function decideFirstRun(target: DatabaseTarget, env: Record<string, string | undefined>): FirstRun {
  const demo = env.HOINGHI_DEMO?.toLowerCase();
  if (demo === "on" || (demo !== "off" && target.provider === "sqlite")) {
    const problem = demoProblem(env);
    return problem ? { kind: "refuse", reason: problem } : { kind: "demo" };
  }
  const email = env.HOINGHI_ADMIN_EMAIL?.trim().toLowerCase();
  // NFC, as every password is stored and as the sign-in form sends it.
  const password = (env.HOINGHI_ADMIN_PASSWORD ?? "").normalize("NFC");
  if (!email) {
    return {
      kind: "refuse",
      reason:
        "The database is empty. Set HOINGHI_ADMIN_EMAIL and HOINGHI_ADMIN_PASSWORD (12+ characters) to create the first administrator, or HOINGHI_DEMO=on for demo data.",
    };
  }
  const problem = passwordProblem(password, email);
  if (problem) return { kind: "refuse", reason: `HOINGHI_ADMIN_PASSWORD ${FIRST_PASSWORD_PROBLEMS[problem]}` };
  return { kind: "admin", email, password };
}

/** Prepares an empty database (no users yet); does nothing to one already in use. Returns what it did. */
export async function prepareDatabase(
  db: Db,
  target: DatabaseTarget,
  env: Record<string, string | undefined>,
): Promise<"in-use" | FirstRun["kind"]> {
  if ((await db.user.count()) > 0) return "in-use";
  const plan = decideFirstRun(target, env);
  if (plan.kind === "refuse") throw new Error(plan.reason);
  if (plan.kind === "demo") {
    await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000, maxWait: 10_000 });
    return "demo";
  }
  const passwordHash = await hashPassword(plan.password);
  const name = env.HOINGHI_ORGANISATION?.trim() || "Ủy ban nhân dân";
  await db.$transaction(async (tx) => {
    const unit = await tx.unit.create({
      data: { name, nameAscii: searchKey(name), kind: "PROVINCE", block: "GOVERNMENT" },
    });
    const admin = await tx.user.create({
      data: { email: plan.email, name: "Quản trị hệ thống", role: "ADMIN", unitId: unit.id, passwordHash },
    });
    await tx.auditLog.create({
      data: { action: "setup.firstAdmin", entityType: "User", entityId: admin.id, actorEmail: plan.email },
    });
    await createAgendaTemplates(tx);
  });
  return "admin";
}
