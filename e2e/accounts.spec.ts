import { attemptSignIn, expect, expectAccessible, openFromMenu, pick, signIn, signOut, test } from "./fixtures";

// The administrator creates a ward representative; the set-password e-mail is read on the outbox
// page (the e2e server has no mail server: messages wait there); the new user sets a password from
// the link and signs in; then changes it and signs out everywhere, which ends a second browser's session.
// The desktop and phone runs share one database: each creates its own account.

test("the administrator creates a ward representative, who sets a password from the e-mail, signs in, changes it, signs out everywhere, and is deactivated", async ({
  page,
  browser,
}, testInfo) => {
  // Each project, and each retry, creates its own account.
  const email = `daidien.${testInfo.project.name}.${testInfo.retry}@nghithu.gov.vn`;
  const name = testInfo.project.name === "phone" ? "Lê Thị Hằng" : "Phan Thị Thu";
  await signIn(page, "admin@hoinghi.local");
  await page.getByRole("link", { name: "Người dùng" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Người dùng" })).toBeVisible();
  await page.getByRole("link", { name: "Thêm người dùng" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Thêm người dùng" })).toBeVisible();
  await page.getByLabel("Họ và tên").fill(name);
  await page.getByLabel("Thư điện tử đăng nhập").fill(email);
  await page.getByLabel("Vai trò").selectOption({ label: "Đại diện đơn vị" });
  // A representative must belong to a unit: the form says so before anything is written.
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByText("Vui lòng chọn đơn vị.")).toBeVisible();
  await pick(page.getByRole("combobox", { name: "Đơn vị", exact: true }), "nghi thu", "Phường Nghi Thu");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("user-new.png"), fullPage: true });
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Tài khoản ${name}` })).toBeVisible();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Đã tạo tài khoản. Thư đặt mật khẩu đã được đưa vào hộp thư đi.",
  );
  await expect(page.getByText("Người dùng chưa đặt mật khẩu.")).toBeVisible();
  await expect(page.getByText(/^Đường dẫn đặt mật khẩu gửi lúc .*, dùng được đến /)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("user-created.png"), fullPage: true });

  // The e-mail, as the administrator reads it on the outbox page.
  await openFromMenu(page, "Hộp thư đi");
  const mail = page.getByRole("listitem").filter({ hasText: email }).filter({ hasText: "Đặt mật khẩu tài khoản mới" });
  await expect(mail).toHaveCount(1);
  await mail.getByText("Xem nội dung thư").click();
  const text = await mail.locator("pre").innerText();
  expect(text).toContain(`Kính gửi: ${name},`);
  const link = /https?:\/\/\S+(\/set-password\/[A-Za-z0-9_-]{43})/.exec(text)![1]!;
  await signOut(page);
  await page.waitForURL("**/login");

  // The new user opens the link: a common password is refused, their own is set.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Đặt mật khẩu" })).toBeVisible();
  await expect(page.getByText(`Đặt mật khẩu cho tài khoản ${email}.`)).toBeVisible();
  await expectAccessible(page);
  const password = "Sóng biển Cửa Lò rì rào";
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("qwertyuiop123");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("qwertyuiop123");
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(page.getByText("Mật khẩu này quá phổ biến nên dễ bị đoán. Vui lòng chọn mật khẩu khác.")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("set-password-refused.png"), fullPage: true });
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(password);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(password);
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();

  await page.waitForURL("**/login?after=passwordSet");
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Đã đặt mật khẩu. Hãy đăng nhập bằng mật khẩu mới.",
  );
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Giấy mời của đơn vị" })).toBeVisible();

  // Their profile: the unit the administrator chose, and a phone number of their own.
  await openFromMenu(page, "Hồ sơ cá nhân");
  await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ cá nhân" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Tài khoản" })).toContainText("Phường Nghi Thu");
  const contact = page.getByRole("region", { name: "Thông tin liên hệ" });
  await contact.getByLabel("Số điện thoại").fill("0238 3956 789");
  await contact.getByRole("button", { name: "Lưu" }).click();
  await expect(contact.getByRole("status")).toHaveText("Đã lưu hồ sơ.");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("profile.png"), fullPage: true });

  // The link worked once.
  await page.goto(link);
  await expect(
    page.getByText("Đường dẫn này đã được dùng, hoặc đã được thay bằng một đường dẫn mới hơn."),
  ).toBeVisible();
  await expectAccessible(page);

  // A second browser signed in as them; changing the password ends its session at its next request.
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await signIn(elsewhere, email, password);
  const next = "Cánh buồm nâu trên biển";
  await page.goto("/settings/profile");
  const change = page.getByRole("region", { name: "Đổi mật khẩu" });
  await change.getByLabel("Mật khẩu hiện tại").fill("sai mật khẩu rồi");
  await change.getByLabel("Mật khẩu mới", { exact: true }).fill(next);
  await change.getByLabel("Nhập lại mật khẩu mới").fill(next);
  await change.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(change.getByText("Mật khẩu hiện tại không đúng.")).toBeVisible();
  await change.getByLabel("Mật khẩu hiện tại").fill(password);
  await change.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await page.waitForURL("**/login?after=passwordChanged");
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Đã đổi mật khẩu. Mọi phiên đăng nhập đã kết thúc; hãy đăng nhập lại bằng mật khẩu mới.",
  );
  await elsewhere.reload();
  await expect(elsewhere).toHaveURL(/\/login$/);

  // Signed in again on both, "sign out everywhere" from one ends the other too.
  await signIn(elsewhere, email, next);
  await signIn(page, email, next);
  await page.goto("/settings/profile");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị" }).click();
  await page.waitForURL("**/login?after=signedOutEverywhere");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Đã đăng xuất khỏi mọi thiết bị.");
  await expectAccessible(page);
  await elsewhere.goto("/invitations");
  await expect(elsewhere).toHaveURL(/\/login$/);
  await other.close();

  // The administrator deactivates the account: it can no longer sign in.
  await signIn(page, "admin@hoinghi.local");
  await page.goto("/admin/users");
  await page.getByRole("link", { name, exact: true }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(page.getByRole("button", { name: "Mở khóa tài khoản" })).toBeVisible();
  await expect(page.getByRole("main").getByText("Đã khóa", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("user-deactivated.png"), fullPage: true });
  // The only administrator cannot lock themselves out.
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "Quản trị hệ thống", exact: true }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(page.getByRole("region", { name: "Trạng thái" }).getByRole("alert")).toHaveText(
    "Không thể khóa hay bỏ quyền của quản trị viên cuối cùng đang hoạt động. Hãy cấp quyền quản trị cho một tài khoản khác trước.",
  );
  await signOut(page);
  await page.waitForURL("**/login");
  await attemptSignIn(page, email, next);
  await expect(page.getByText("Thư điện tử hoặc mật khẩu không đúng. Vui lòng kiểm tra và thử lại.")).toBeVisible();
});
