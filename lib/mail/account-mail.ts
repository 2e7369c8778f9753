import { formatDate, formatTime } from "@/lib/datetime/vietnam";
import { oneLine, renderHtml, renderText } from "./render";
import type { ComposedMail } from "./compose";

// The e-mails about a user's own account: the one-time link that sets a new account's first password,
// and the link that resets a forgotten one. They go to the account's sign-in address, in Vietnamese.

export const ACCOUNT_MAIL_KINDS = { INVITE: "accountInvite", RESET: "passwordReset" } as const;

export interface PasswordLinkFacts {
  name: string;
  email: string;
  link: string;
  expiresAt: Date;
}

export function composePasswordLinkMail(purpose: "INVITE" | "RESET", f: PasswordLinkFacts): ComposedMail {
  const facts: [string, string][] = [
    ["Tài khoản", oneLine(f.email)],
    ["Đường dẫn dùng được đến", `${formatTime(f.expiresAt)} ngày ${formatDate(f.expiresAt)}`],
  ];
  const body = {
    salutation: `Kính gửi: ${oneLine(f.name)},`,
    facts,
    ...(purpose === "INVITE"
      ? {
          intro: "Quản trị viên đã tạo cho bạn một tài khoản trên hệ thống Hội nghị.",
          action: "Để đặt mật khẩu và bắt đầu sử dụng, mở đường dẫn sau (chỉ dùng được một lần):",
        }
      : {
          intro:
            "Quản trị viên đã gửi cho bạn đường dẫn đặt lại mật khẩu. Nếu bạn không đề nghị việc này, hãy báo cho quản trị viên; mật khẩu hiện tại vẫn dùng được cho đến khi bạn đặt mật khẩu mới.",
          action: "Để đặt mật khẩu mới, mở đường dẫn sau (chỉ dùng được một lần):",
        }),
  };
  return {
    subject: purpose === "INVITE" ? "Tài khoản Hội nghị của bạn: đặt mật khẩu" : "Đặt lại mật khẩu tài khoản Hội nghị",
    text: renderText(body, f.link),
    html: renderHtml(body, f.link),
  };
}
