import { currentUser } from "@/lib/auth/session";
import { statisticsExportResponse } from "@/lib/attendance/export-response";

// The statistics as .xlsx or .csv; everything but the session lives in the tested builder.
export async function GET(request: Request) {
  try {
    return await statisticsExportResponse(await currentUser(), new URL(request.url).searchParams);
  } catch (error) {
    console.error("statistics export failed", error);
    return new Response("Đã có lỗi ngoài dự kiến; vui lòng thử lại.\n", {
      status: 500,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}
