import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { runAction } from "@/lib/action";
import { authOptions } from "@/lib/auth/options";
import { prepareDatabase } from "@/lib/demo/setup";
import { AGENDA_TEMPLATES } from "@/lib/demo/templates";
import * as m from "./mutations";

// A fresh installation without the demo (PostgreSQL's default): the first administrator comes from
// HOINGHI_ADMIN_*, signs in, and creates everyone else from the app.

async function signsIn(email: string, password: string) {
  const provider = authOptions.providers[0] as unknown as {
    options: { authorize: (credentials: unknown, request: unknown) => Promise<{ id: string } | null> };
  };
  return provider.options.authorize({ email, password }, {});
}

describe("a fresh installation", () => {
  it("gets a working first administrator who creates the other accounts", async () => {
    const env = {
      HOINGHI_DEMO: "off",
      HOINGHI_ADMIN_EMAIL: "QuanTri@NgheAn.gov.vn",
      HOINGHI_ADMIN_PASSWORD: "Núi Hồng sông Lam 2025",
      HOINGHI_ORGANISATION: "Ủy ban nhân dân tỉnh Nghệ An",
    };
    expect(await prepareDatabase(db, resolveDatabaseUrl(process.env), env)).toBe("admin");
    expect(await prepareDatabase(db, resolveDatabaseUrl(process.env), env)).toBe("in-use");
    expect(await signsIn("quantri@nghean.gov.vn", "Núi Hồng sông Lam 2025")).not.toBeNull();

    const admin = await db.user.findUniqueOrThrow({
      where: { email: "quantri@nghean.gov.vn" },
      select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
    });
    const province = await db.unit.findUniqueOrThrow({ where: { id: admin.unitId } });
    expect(province.name).toBe("Ủy ban nhân dân tỉnh Nghệ An");
    // The secretariat's first meeting has the standard agendas to start from.
    expect((await db.agendaTemplate.findMany({ orderBy: { name: "asc" } })).map((t) => t.name)).toEqual(
      AGENDA_TEMPLATES.map((t) => t.name).sort((a, b) => a.localeCompare(b)),
    );
    const created = await runAction(m.createUserMutation, admin, {
      name: "Lê Thị Thu",
      email: "vanphong@nghean.gov.vn",
      role: "SECRETARIAT",
      unitId: province.id,
      officialId: "",
    });
    expect(created.ok).toBe(true);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: "vanphong@nghean.gov.vn" } });
    const token = /\/set-password\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    const password = "Cửa sổ phía đông mở sớm";
    expect((await runAction(m.setPasswordMutation, null, { token, password, confirm: password })).ok).toBe(true);
    expect(await signsIn("vanphong@nghean.gov.vn", password)).not.toBeNull();
  });
});
