// The administrator's part of digital signatures, for the journeys that sign: a certification authority
// made for this run (nothing from outside), a signer's PKCS#12 file registered on /admin/signatures for
// an official, and the authority's root installed as trusted.
import type { Browser } from "@playwright/test";
import { createTestPki, pkcs12Of, type TestPki } from "../lib/signatures/testing-pki";
import { expect, signIn } from "./fixtures";

export const P12_PASSWORD = "Mật-khẩu-tệp-p12";

export async function registerSigner(browser: Browser, official: string): Promise<TestPki> {
  const pki = createTestPki(`E2E ${Math.random().toString(36).slice(2, 8)}`);
  const signer = pki.issueSigner(official);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "admin@hoinghi.local");
  await page.goto("/admin/signatures");
  const register = page.getByRole("region", { name: "Đăng ký chứng thư số (tệp PKCS#12)" });
  const label = `Chứng thư số ${pki.root.cert.subject.getField("CN").value as string}`;
  await register.getByLabel("Tên gợi nhớ").fill(label);
  await register.getByLabel("Cán bộ ký").selectOption({ label: official });
  await register.getByLabel("Tệp PKCS#12 (.p12, .pfx)").setInputFiles({
    name: "chung-thu.p12",
    mimeType: "application/x-pkcs12",
    buffer: pkcs12Of(signer, [pki.intermediate, pki.root], P12_PASSWORD),
  });
  await register.getByLabel("Mật khẩu của tệp").fill(P12_PASSWORD);
  await register.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page.getByRole("region", { name: "Chứng thư số đã đăng ký" }).getByText(label)).toBeVisible();
  const roots = page.getByRole("region", { name: "Chứng thư số gốc được tin cậy" });
  await roots.getByLabel("Tệp chứng thư số gốc (.cer, .crt, .pem)").setInputFiles({
    name: "goc.pem",
    mimeType: "application/x-pem-file",
    buffer: Buffer.from(pki.root.pem),
  });
  await roots.getByRole("button", { name: "Cài đặt" }).click();
  await expect(
    roots.getByText(`${pki.root.cert.subject.getField("CN").value as string}`, { exact: true }),
  ).toBeVisible();
  await context.close();
  return pki;
}
