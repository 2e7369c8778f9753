// HTTP details of serving a stored file: one byte range (RFC 9110) and a Content-Disposition that carries
// a Vietnamese name (RFC 6266 with RFC 5987's filename*), with an ASCII fallback for old clients.
import type { ByteRange } from "./store";

/** The range asked for, null for the whole file, "unsatisfiable" for 416. Several ranges: the whole file. */
export function parseRange(header: string | null, size: number): ByteRange | null | "unsatisfiable" {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from, to] = match;
  if (from === "" && to === "") return null;
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

function asciiFallback(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\]/g, "_") || "file"
  );
}

/** `inline` or `attachment` with the name twice: plain ASCII, and UTF-8 percent-encoded (filename*). */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const encoded = encodeURIComponent(fileName.normalize("NFC")).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encoded}`;
}
