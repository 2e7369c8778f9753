// Writes the sample minutes (draft and approved) and conclusion notice as .docx and PDF into a folder,
// to look at or to attach to a review:
//   npx tsx scripts/render-sample-documents.ts /tmp/docs-review
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderConclusionNoticeDocx } from "@/lib/documents/conclusion-notice-docx";
import { renderConclusionNoticePdf } from "@/lib/documents/pdf/conclusion-notice-pdf";
import { CUA_LO_CONCLUSION_NOTICE } from "@/lib/documents/conclusion-notice-sample";
import { renderMinutesDocx } from "@/lib/documents/minutes-docx";
import { renderMinutesPdf } from "@/lib/documents/pdf/minutes-pdf";
import { CUA_LO_MINUTES } from "@/lib/documents/minutes-sample";

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error("Usage: npx tsx scripts/render-sample-documents.ts <folder>");
  mkdirSync(out, { recursive: true });
  const approved = { ...CUA_LO_MINUTES, draft: false };
  const files: [string, Promise<Buffer>][] = [
    ["bien-ban-du-thao.docx", renderMinutesDocx(CUA_LO_MINUTES)],
    ["bien-ban-du-thao.pdf", renderMinutesPdf(CUA_LO_MINUTES)],
    ["bien-ban.docx", renderMinutesDocx(approved)],
    ["bien-ban.pdf", renderMinutesPdf(approved)],
    ["thong-bao-ket-luan.docx", renderConclusionNoticeDocx(CUA_LO_CONCLUSION_NOTICE)],
    ["thong-bao-ket-luan.pdf", renderConclusionNoticePdf(CUA_LO_CONCLUSION_NOTICE)],
  ];
  for (const [name, file] of files) writeFileSync(path.join(out, name), await file);
  console.log(`Written to ${out}: ${files.map(([name]) => name).join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
