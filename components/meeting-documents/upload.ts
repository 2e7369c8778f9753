import type { ActionResult } from "@/lib/action";

export interface Uploaded {
  uploadId: string;
  fileName: string;
  size: number;
}

/** Sends the file's bytes to the streamed upload route; the answer has the same shape as an action's. */
export async function uploadFile(meetingId: string, file: File): Promise<ActionResult<Uploaded>> {
  try {
    const response = await fetch(`/meetings/${meetingId}/documents/upload`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) },
      body: file,
    });
    if (response.headers.get("content-type")?.startsWith("application/json"))
      return (await response.json()) as ActionResult<Uploaded>;
    return { ok: false, message: response.status === 403 ? "errors.forbidden" : "errors.unexpected" };
  } catch {
    return { ok: false, message: "meetingDocuments.errors.network" };
  }
}
