import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { PAGES } from "@/lib/auth/pages";
import { IMPORT_KINDS, type ImportKind } from "./columns";
import { TEMPLATE_NAMES, templateCsv, templateXlsx } from "./template";

// GET /admin/import/template/<units|officials|users>?format=xlsx|csv, as a function of the caller so it
// is tested without a session: 401 signed out, 403 not an administrator, 404 an unknown kind or format.

function plain(status: number, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function templateResponse(user: SessionUser | null, kindParam: string, format: string | null) {
  if (!user) return plain(401, "Vui lòng đăng nhập.");
  if (!(PAGES.import.roles as readonly string[]).includes(user.role))
    return plain(403, "Bạn không có quyền thực hiện thao tác này.");
  const kind = kindParam.toUpperCase() as ImportKind;
  if (!IMPORT_KINDS.includes(kind) || (format !== "xlsx" && format !== "csv"))
    return plain(404, "Không có tệp mẫu này.");
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  const fileName = `${TEMPLATE_NAMES[kind]}.${format}`;
  if (format === "xlsx")
    return new Response(Buffer.from(await templateXlsx(kind)), {
      headers: {
        ...headers,
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${fileName}"`,
      },
    });
  return new Response(templateCsv(kind), {
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
    },
  });
}
