import { expect, expectAccessible, openFromMenu, PASSWORD, signIn, test } from "./fixtures";

type Summary = { id: string; status: string };
type Detail = { points: { invitations: { unit: { name: string } }[] }[] };

// An integration of phường Nghi Hải reads meetings with the representative's personal token: only the
// sent meetings that invite the ward, and nothing at all once the token is revoked.
test("a ward representative creates an API token, reads their meetings with it, then revokes it", async ({
  page,
  request,
}, testInfo) => {
  await signIn(page, "nghihai@hoinghi.local");
  await openFromMenu(page, "Mã truy cập API");
  await expect(page).toHaveURL("/settings/api-tokens");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mã truy cập API");

  const name = `Lịch của phường (${testInfo.project.name} ${Date.now()})`;
  const create = page.getByRole("region", { name: "Tạo mã mới" });
  await create.getByRole("button", { name: "Tạo mã" }).click();
  // The name and the password are both required.
  await expect(create.getByText("Vui lòng nhập thông tin này.")).toHaveCount(2);
  await create.getByLabel("Tên gợi nhớ").fill(name);
  // The password is asked again: a session left open is not enough to make a lasting credential.
  await create.getByLabel("Mật khẩu của bạn").fill("khong-phai-mat-khau");
  await create.getByRole("button", { name: "Tạo mã" }).click();
  await expect(create.getByText("Mật khẩu không đúng.")).toBeVisible();
  await expect(create.getByLabel("Mật khẩu của bạn")).toHaveValue("");
  await expect(create.getByLabel("Hiệu lực")).toHaveValue("90");
  await create.getByLabel("Mật khẩu của bạn").fill(PASSWORD);
  await create.getByRole("button", { name: "Tạo mã" }).click();

  const tokenField = create.getByLabel("Mã truy cập mới");
  await expect(tokenField).toHaveValue(/^hn_[A-Za-z0-9_-]{43}$/);
  await expect(tokenField).not.toBeEditable();
  await expect(tokenField).toHaveAccessibleDescription(/sẽ không được hiển thị lại/);
  await expect(create.getByText(`Đã tạo mã ${name}.`)).toBeVisible();
  const token = await tokenField.inputValue();

  const item = page.getByRole("listitem").filter({ hasText: name });
  await expect(item.getByText(`${token.slice(0, 10)}…`)).toBeVisible();
  await expect(item.getByText("Đang hoạt động")).toBeVisible();
  // Valid for the default 90 days, which the list shows.
  const expiry = new Date(Date.now() + 90 * 86_400_000).toLocaleDateString("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
  await expect(item.getByText("Hết hạn")).toBeVisible();
  await expect(item.getByText(new RegExp(`\\d\\d:\\d\\d ${expiry.replace(/\//g, "\\/")}`))).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("api-tokens.png"), fullPage: true });

  const auth = { Authorization: `Bearer ${token}` };
  const list = await request.get("/api/v1/meetings?limit=100", { headers: auth });
  expect(list.status()).toBe(200);
  expect(list.headers()["cache-control"]).toBe("no-store");
  const { data } = (await list.json()) as { data: Summary[] };
  expect(data.length).toBeGreaterThanOrEqual(3);
  for (const meeting of data) {
    expect(meeting.status).not.toBe("DRAFT");
    const detail = await request.get(`/api/v1/meetings/${meeting.id}`, { headers: auth });
    expect(detail.status()).toBe(200);
    const units = ((await detail.json()) as { data: Detail }).data.points.flatMap((p) =>
      p.invitations.map((i) => i.unit.name),
    );
    expect(units, meeting.id).toContain("Phường Nghi Hải");
    expect(new Set(units)).toEqual(new Set(["Phường Nghi Hải"]));
  }
  // The browser session is not a credential for the API: only the token is.
  expect((await page.request.get("/api/v1/meetings")).status()).toBe(401);

  await item.getByRole("button", { name: `Thu hồi mã ${name}` }).click();
  await item.getByRole("button", { name: "Xác nhận thu hồi" }).click();
  await expect(item.getByRole("status")).toHaveText(`Đã thu hồi mã ${name}.`);
  await expect(item.getByText(/^Đã thu hồi lúc/)).toBeVisible();
  await expect(item.getByRole("button", { name: `Thu hồi mã ${name}` })).toHaveCount(0);
  await expect(tokenField).toHaveCount(0); // the revoked token is no longer on screen

  const refused = await request.get("/api/v1/meetings", { headers: auth });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toBe('Bearer realm="hoinghi", error="invalid_token"');
  expect((await refused.json()).error.code).toBe("unauthorized");
  await page.screenshot({ path: testInfo.outputPath("api-tokens-revoked.png"), fullPage: true });
});
