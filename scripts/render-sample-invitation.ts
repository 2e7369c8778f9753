// Renders the sample invitation to /tmp as .docx, PDF and PNG, to look at the layout by eye:
//   npx tsx scripts/render-sample-invitation.ts
// Needs LibreOffice (soffice) and poppler (pdftoppm); the tests do not.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderInvitationDocx } from "@/lib/documents/invitation-docx";
import { CUA_LO_INVITATION } from "@/lib/documents/invitation-sample";

const OUT = "/tmp/hoinghi-invitation";

async function main() {
  mkdirSync(OUT, { recursive: true });
  const docx = path.join(OUT, "giay-moi.docx");
  writeFileSync(docx, await renderInvitationDocx(CUA_LO_INVITATION));
  // A private profile directory, so a running LibreOffice of the user's does not swallow the job.
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${OUT}/profile`, "--headless", "--convert-to", "pdf", "--outdir", OUT, docx],
    {
      stdio: "inherit",
    },
  );
  execFileSync("pdftoppm", ["-png", "-r", "80", path.join(OUT, "giay-moi.pdf"), path.join(OUT, "giay-moi")], {
    stdio: "inherit",
  });
  console.log(`Written to ${OUT}: giay-moi.docx, giay-moi.pdf, giay-moi-1.png`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
