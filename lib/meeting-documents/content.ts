// What a stored meeting document really is, decided from its bytes and never from its name: PDF, the
// Office Open XML formats (a zip whose [Content_Types].xml names the main part), PNG, JPEG, WebP.
// Everything else is refused, so is an Office file that carries macros (a vbaProject.bin part or a
// macro-enabled content type): a renamed .exe, an old binary .doc, a .docm renamed .docx.
import { open } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import { DomainError } from "@/lib/errors";

export type DocumentKind = "pdf" | "docx" | "xlsx" | "pptx" | "png" | "jpeg" | "webp";

export const KINDS: Record<DocumentKind, { mimeType: string; extension: string }> = {
  pdf: { mimeType: "application/pdf", extension: "pdf" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  pptx: { mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: "pptx" },
  png: { mimeType: "image/png", extension: "png" },
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
  webp: { mimeType: "image/webp", extension: "webp" },
};

/** The main part's content type of each accepted Office format. */
const OFFICE_MAIN: Record<string, DocumentKind> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": "pptx",
};

export class RefusedContent extends DomainError {
  constructor(readonly reason: "type" | "macros" | "damaged") {
    super(`meetingDocuments.errors.content.${reason}`);
  }
}

/** Kinds shown in the browser as they are (the others are downloaded, or read after conversion). */
export function isInlineKind(kind: DocumentKind): boolean {
  return kind === "pdf" || kind === "png" || kind === "jpeg" || kind === "webp";
}

export function kindOfMimeType(mimeType: string): DocumentKind | null {
  return (Object.keys(KINDS) as DocumentKind[]).find((k) => KINDS[k].mimeType === mimeType) ?? null;
}

const startsWith = (head: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);

/** Decides a file's kind, or throws RefusedContent. Reads only the head and the zip directory. */
export async function detectKind(file: string): Promise<DocumentKind> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(16, size));
    await handle.read(head, 0, head.length, 0);
    if (head.toString("latin1", 0, 5) === "%PDF-") return "pdf";
    if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
    if (startsWith(head, [0xff, 0xd8, 0xff])) return "jpeg";
    if (head.toString("latin1", 0, 4) === "RIFF" && head.toString("latin1", 8, 12) === "WEBP") return "webp";
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return await officeKind(await zipDirectory(handle, size), handle);
    throw new RefusedContent("type");
  } finally {
    await handle.close();
  }
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

type Handle = Awaited<ReturnType<typeof open>>;

async function readAt(handle: Handle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new RefusedContent("damaged");
  return buffer;
}

/** The central directory of a zip file (no ZIP64: an Office document of 4 GB is no meeting document). */
async function zipDirectory(handle: Handle, size: number): Promise<ZipEntry[]> {
  const tailLength = Math.min(size, 22 + 65_535);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new RefusedContent("damaged");
  const count = tail.readUInt16LE(end + 10);
  const dirSize = tail.readUInt32LE(end + 12);
  const dirOffset = tail.readUInt32LE(end + 16);
  if (dirOffset === 0xffffffff || dirOffset + dirSize > size || count > 20_000) throw new RefusedContent("damaged");
  const dir = await readAt(handle, dirOffset, dirSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== 0x02014b50) throw new RefusedContent("damaged");
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    entries.push({
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      size: dir.readUInt32LE(p + 24),
      localOffset: dir.readUInt32LE(p + 42),
      name: dir.toString("utf8", p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function entryText(handle: Handle, entry: ZipEntry): Promise<string> {
  // A [Content_Types].xml is a few kilobytes; anything far larger is a zip bomb or not Office.
  if (entry.size > 1_000_000 || entry.compressedSize > 1_000_000) throw new RefusedContent("damaged");
  const local = await readAt(handle, entry.localOffset, 30);
  if (local.readUInt32LE(0) !== 0x04034b50) throw new RefusedContent("damaged");
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const data = await readAt(handle, start, entry.compressedSize);
  try {
    if (entry.method === 0) return data.toString("utf8");
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: 1_000_000 }).toString("utf8");
  } catch {
    throw new RefusedContent("damaged");
  }
  throw new RefusedContent("damaged");
}

async function officeKind(entries: ZipEntry[], handle: Handle): Promise<DocumentKind> {
  // Macros live in a vbaProject.bin part (Word, Excel, PowerPoint) whatever the file is called.
  if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name) || /(^|\/)vbaData\.xml$/i.test(e.name)))
    throw new RefusedContent("macros");
  const types = entries.find((e) => e.name === "[Content_Types].xml");
  if (!types) throw new RefusedContent("type"); // a plain zip archive
  const xml = await entryText(handle, types);
  if (/macroEnabled|vbaProject/i.test(xml)) throw new RefusedContent("macros");
  for (const match of xml.matchAll(/ContentType\s*=\s*"([^"]+)"/g)) {
    const kind = OFFICE_MAIN[match[1]!];
    if (kind) return kind;
  }
  throw new RefusedContent("type"); // templates (.dotx), add-ins, other zip-based formats
}

/** The name a download gets: the uploader's name with the extension of what the file really is. */
export function fileNameFor(original: string, kind: DocumentKind): string {
  const base = original
    .normalize("NFC")
    .replace(/[\\/]/g, " ")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .replace(/\.[A-Za-z0-9]{1,5}$/, "");
  return `${(base || "tai-lieu").slice(0, 150)}.${KINDS[kind].extension}`;
}
