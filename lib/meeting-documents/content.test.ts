import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { detectKind, fileNameFor } from "./content";
import { exeFile, officeFile, pdfFile, PNG_1PX } from "./testing/samples";

const dir = mkdtempSync(path.join(os.tmpdir(), "hoinghi-content-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function kindOf(bytes: Buffer, name = "file.bin") {
  const file = path.join(dir, `${n++}-${name}`);
  writeFileSync(file, bytes);
  return detectKind(file);
}

describe("detectKind (by the bytes, never the name)", () => {
  it("recognises PDF, images and the three Office formats, stored or deflated", async () => {
    expect(await kindOf(pdfFile(), "x.docx")).toBe("pdf");
    expect(await kindOf(PNG_1PX)).toBe("png");
    expect(await kindOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("jpeg");
    expect(await kindOf(officeFile("docx"))).toBe("docx");
    expect(await kindOf(officeFile("docx", { level: 0 }))).toBe("docx");
    expect(await kindOf(officeFile("xlsx"))).toBe("xlsx");
    expect(await kindOf(officeFile("pptx"))).toBe("pptx");
  });

  it("refuses a renamed .exe, a plain zip, an empty file and a damaged zip", async () => {
    await expect(kindOf(exeFile(), "bao-cao.pdf")).rejects.toMatchObject({
      key: "meetingDocuments.errors.content.type",
    });
    await expect(kindOf(Buffer.from(zipSync({ "a.txt": strToU8("hello") })), "a.docx")).rejects.toMatchObject({
      key: "meetingDocuments.errors.content.type",
    });
    await expect(kindOf(Buffer.alloc(0))).rejects.toMatchObject({ key: "meetingDocuments.errors.content.type" });
    const cut = officeFile("docx").subarray(0, 100);
    await expect(kindOf(cut)).rejects.toMatchObject({ key: "meetingDocuments.errors.content.damaged" });
  });

  it("refuses Office files with macros: a vbaProject.bin part, or a macro-enabled type renamed .docx", async () => {
    await expect(kindOf(officeFile("docx", { vba: true }))).rejects.toMatchObject({
      key: "meetingDocuments.errors.content.macros",
    });
    await expect(kindOf(officeFile("docm"), "bao-cao.docx")).rejects.toMatchObject({
      key: "meetingDocuments.errors.content.macros",
    });
  });
});

describe("fileNameFor", () => {
  it("keeps the Vietnamese name, gives the real extension, drops path and control characters", () => {
    expect(fileNameFor("Báo cáo tổng kết.docx", "pdf")).toBe("Báo cáo tổng kết.pdf");
    expect(fileNameFor("../../etc/passwd", "pdf")).toBe(".. .. etc passwd.pdf");
    expect(fileNameFor("a\u0000b\nc.PDF", "pdf")).toBe("abc.pdf");
    expect(fileNameFor("", "png")).toBe("tai-lieu.png");
    expect(fileNameFor("Ba\u0301o ca\u0301o", "pdf")).toBe("Báo cáo.pdf");
  });
});
