import "server-only";
import { db } from "@/lib/db/client";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { PAGES } from "@/lib/auth/pages";
import { messagesFor } from "@/lib/i18n/catalogue";
import { statisticsExport } from "./data";
import { streamStatisticsCsv, streamStatisticsXlsx } from "./export";
import { exportQuerySchema, resolvePeriod } from "./schema";

// GET /statistics/export?format=xlsx|csv&from&to[&report=units|meetings|points], as a function of the
// caller so it can be tested without a session. Refusals are short plain-text answers in Vietnamese:
// 401 signed out, 403 a role without statistics, 400 a bad parameter — never a 500 for bad input.

const MESSAGES = (messagesFor("vi").attendance as { statistics: { export: Record<string, string> } }).statistics.export;

function plain(status: number, key: string): Response {
  return new Response(`${MESSAGES[key] ?? key}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function statisticsExportResponse(
  user: SessionUser | null,
  params: URLSearchParams,
  now = new Date(),
): Promise<Response> {
  if (!user) return plain(401, "unauthorized");
  if (!(PAGES.statistics.roles as readonly Role[]).includes(user.role)) return plain(403, "forbidden");
  const query: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) return plain(400, "repeated");
    query[key] = values[0]!;
  }
  const parsed = exportQuerySchema.safeParse(query);
  if (!parsed.success) return plain(400, parsed.error.issues[0]?.path[0] === "report" ? "badReport" : "badFormat");
  const period = resolvePeriod(parsed.data, now);
  if (!period.ok)
    return plain(400, period.message === "attendance.statistics.validation.tooLong" ? "periodTooLong" : "badPeriod");

  // The totals are read before the answer starts, so a failing database is still a plain 500.
  const [stats, unit] = await Promise.all([
    statisticsExport(user, period.period, now),
    user.role === "ADMIN" ? null : db.unit.findUnique({ where: { id: user.unitId }, select: { name: true } }),
  ]);
  const input = {
    from: period.period.from,
    to: period.period.to,
    scope: unit ? `Hội nghị do ${unit.name} tổ chức` : "Tất cả hội nghị",
    generatedAt: now,
    ...stats,
  };
  const name = `thong-ke-tham-du_${period.period.from}_${period.period.to}`;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (parsed.data.format === "xlsx") {
    return new Response(streamStatisticsXlsx(input), {
      headers: {
        ...headers,
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${name}.xlsx"`,
      },
    });
  }
  const report = parsed.data.report;
  return new Response(streamStatisticsCsv(input, report), {
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}${report === "units" ? "" : `_${report}`}.csv"`,
    },
  });
}
