import { CUA_LO_MINUTES } from "../lib/documents/minutes-sample";
import { renderMinutesPdf } from "../lib/documents/pdf/minutes-pdf";
import { signPdf } from "../lib/signatures/pdf";
import { readPkcs12 } from "../lib/signatures/pki";
import { localSource } from "../lib/signatures/signer";
import { createTestPki, pkcs12Of } from "../lib/signatures/testing-pki";
import { expect, expectAccessible, openFromMenu, signIn, test } from "./fixtures";
import { registerSigner } from "./signing";

// The administrator's page of certificates and the verification page anyone signed in uses. The signing
// journey itself (the chair signs the Cửa Lò minutes, the secretariat checks the signed PDF) is part of
// e2e/minutes.spec.ts, which owns those minutes; here the certificate is the presiding chair's, so the two
// never sign with each other's.

test("the administrator registers a signer's PKCS#12 file and a trusted root; a wrong password is refused", async ({
  page,
  browser,
}, testInfo) => {
  await registerSigner(browser, "Bùi Đình Long");
  await signIn(page, "admin@hoinghi.local");
  await openFromMenu(page, "Chữ ký số");
  await expect(page.getByRole("heading", { level: 1, name: "Chữ ký số" })).toBeVisible();
  const certificates = page.getByRole("region", { name: "Chứng thư số đã đăng ký" });
  await expect(certificates.getByText("Của: Bùi Đình Long").first()).toBeVisible();
  await expect(certificates.getByText("Tệp PKCS#12 (lưu mã hóa)").first()).toBeVisible();
  // Nothing on the page gives the file or its password back.
  expect(await page.content()).not.toContain("Mật-khẩu-tệp-p12");

  const pki = createTestPki("Sai mật khẩu");
  const register = page.getByRole("region", { name: "Đăng ký chứng thư số (tệp PKCS#12)" });
  await register.getByLabel("Tên gợi nhớ").fill("Thử mật khẩu sai");
  await register.getByLabel("Cán bộ ký").selectOption({ label: "Bùi Đình Long" });
  await register.getByLabel("Tệp PKCS#12 (.p12, .pfx)").setInputFiles({
    name: "x.p12",
    mimeType: "application/x-pkcs12",
    buffer: pkcs12Of(pki.issueSigner("Bùi Đình Long"), [pki.intermediate], "đúng"),
  });
  await register.getByLabel("Mật khẩu của tệp").fill("sai");
  await register.getByRole("button", { name: "Đăng ký" }).click();
  await expect(register.getByRole("alert").filter({ hasText: "Mật khẩu của tệp PKCS#12 không đúng." })).toBeVisible();
  await expect(certificates.getByText("Thử mật khẩu sai")).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("signatures-admin.png"), fullPage: true });
});

test("a unit representative checks PDFs: unsigned, and signed under a root nobody installed", async ({
  page,
}, testInfo) => {
  await signIn(page, "nghihai@hoinghi.local");
  await openFromMenu(page, "Kiểm tra chữ ký");
  await expect(page.getByRole("heading", { level: 1, name: "Kiểm tra chữ ký" })).toBeVisible();
  await expectAccessible(page);
  const check = async (name: string, buffer: Buffer) => {
    await page.getByLabel("Tệp PDF").setInputFiles({ name, mimeType: "application/pdf", buffer });
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    return page.getByRole("region", { name: `Kết quả kiểm tra tệp ${name}` });
  };
  const record = { ...CUA_LO_MINUTES, draft: false };
  const unsigned = await check("khong-ky.pdf", await renderMinutesPdf(record));
  await expect(unsigned.getByText("Tệp không có chữ ký số nào.")).toBeVisible();

  const elsewhere = createTestPki("Nơi khác");
  const signer = elsewhere.issueSigner("Bùi Đình Long");
  const signedAt = new Date();
  const placeholder = await renderMinutesPdf(record, {
    signer: "chair",
    stamp: {
      name: "Bùi Đình Long",
      title: "Phó Chủ tịch UBND tỉnh",
      body: "Ủy ban nhân dân tỉnh Nghệ An",
      signedAt,
      reason: "Chủ tọa ký biên bản",
      location: "Nghệ An",
    },
  });
  const source = localSource(readPkcs12(pkcs12Of(signer, [elsewhere.intermediate, elsewhere.root], "p"), "p"));
  const untrusted = await check("noi-khac.pdf", await signPdf(placeholder, source, signedAt));
  await expect(untrusted.getByRole("heading", { name: "Chữ ký thứ 1: ✗ Chữ ký không hợp lệ" })).toBeVisible();
  await expect(untrusted.getByText("Bùi Đình Long", { exact: true })).toBeVisible();
  await expect(untrusted.getByText("Văn bản không bị thay đổi sau khi ký.")).toBeVisible();
  await expect(
    untrusted
      .getByText(
        "Chứng thư số không dẫn tới tổ chức chứng thực gốc nào được quản trị viên cài đặt: không được tin cậy.",
      )
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("signatures-verify-untrusted.png"), fullPage: true });
});
