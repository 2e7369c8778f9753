import { formatDate, formatDateTime, formatTime, formatWeekday } from "@/lib/datetime/vietnam";
import { oneLine, renderHtml, renderText, type MailBody } from "./render";

// The e-mails the outbox sends, in Vietnamese: every recipient is a Vietnamese administrative unit.
// One plain structure (paragraphs, labelled facts, a link) renders both the text and the HTML part.

export const MAIL_KINDS = ["invitation", "reminder", "rescheduled", "cancelled"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export interface MeetingMailFacts {
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** "UBND thị xã Cửa Lò": who invites. */
  organiser?: string | null;
  /** The connection point where this unit attends. */
  point?: { name: string; room?: string | null; address?: string | null } | null;
  /** The official chairing at that point. */
  chair?: { fullName: string; title?: string | null } | null;
  answerDeadline?: Date | null;
  /** "12/GM-UBND" */
  documentNumber?: string | null;
  /** Absolute address of the meeting in the app. */
  link: string;
  /** Rescheduled: the time the unit was first told. */
  previousStartsAt?: Date | null;
  previousEndsAt?: Date | null;
  /** Cancelled: the reason given. */
  reason?: string | null;
  /** A confidential meeting's details stay in the app: e-mail crosses servers we do not control. */
  confidential?: boolean;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

type Body = Omit<MailBody, "salutation">;

const SALUTATION = "Kính gửi: Quý đơn vị,";

/** "07:30 - 11:30, Thứ Hai, ngày 04/01/2027"; across midnight both ends are dated. */
export function meetingTime(startsAt: Date, endsAt: Date): string {
  if (formatDate(startsAt) !== formatDate(endsAt)) return `${formatDateTime(startsAt)} - ${formatDateTime(endsAt)}`;
  return `${formatTime(startsAt)} - ${formatTime(endsAt)}, ${formatWeekday(startsAt)}, ngày ${formatDate(startsAt)}`;
}

/** "Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã", as the letter addresses an official ("đồng chí"). */
function chairLine(chair: NonNullable<MeetingMailFacts["chair"]>): string {
  return `đồng chí ${oneLine(chair.fullName)}${chair.title ? ` - ${oneLine(chair.title)}` : ""}`;
}

function placeLine(point: NonNullable<MeetingMailFacts["point"]>): string {
  return [point.name, point.room, point.address]
    .filter((p): p is string => Boolean(p?.trim()))
    .map(oneLine)
    .join(", ");
}

const deadlineText = (d: Date) => `${formatTime(d)} ngày ${formatDate(d)}`;

function commonFacts(f: MeetingMailFacts, time: string): [string, string][] {
  const facts: [string, string][] = [["Thời gian", time]];
  if (f.point) facts.push(["Địa điểm", placeLine(f.point)]);
  if (f.chair) facts.push(["Chủ trì", chairLine(f.chair)]);
  if (f.documentNumber) facts.push(["Giấy mời số", f.documentNumber]);
  return facts;
}

function openBody(kind: MailKind, f: MeetingMailFacts): { subject: string; body: Body } {
  const title = oneLine(f.title);
  const time = meetingTime(f.startsAt, f.endsAt);
  switch (kind) {
    case "invitation": {
      const facts = commonFacts(f, time);
      if (f.answerDeadline) facts.push(["Hạn trả lời", deadlineText(f.answerDeadline)]);
      return {
        subject: `Giấy mời: ${title} (${formatTime(f.startsAt)} ngày ${formatDate(f.startsAt)})`,
        body: {
          intro: `${f.organiser ? oneLine(f.organiser) : "Đơn vị tổ chức"} trân trọng kính mời đơn vị tham dự:`,
          title,
          facts,
          action: f.answerDeadline
            ? "Đề nghị đơn vị trả lời (xác nhận tham dự, báo vắng hoặc cử người dự thay) trên hệ thống trước hạn trả lời:"
            : "Đề nghị đơn vị trả lời (xác nhận tham dự, báo vắng hoặc cử người dự thay) trên hệ thống:",
        },
      };
    }
    case "reminder": {
      const facts = commonFacts(f, time);
      if (f.answerDeadline) facts.push(["Hạn trả lời", deadlineText(f.answerDeadline)]);
      return {
        subject: f.answerDeadline
          ? `Nhắc trả lời giấy mời trước ${deadlineText(f.answerDeadline)}: ${title}`
          : `Nhắc trả lời giấy mời: ${title}`,
        body: {
          intro: "Đơn vị chưa trả lời giấy mời tham dự:",
          title,
          facts,
          action: f.answerDeadline
            ? "Đề nghị đơn vị trả lời trên hệ thống trước hạn trả lời:"
            : "Đề nghị đơn vị trả lời trên hệ thống:",
        },
      };
    }
    case "rescheduled": {
      const facts = commonFacts(f, time);
      facts[0] = ["Thời gian mới", time];
      if (f.previousStartsAt)
        facts.splice(1, 0, [
          "Thời gian cũ",
          f.previousEndsAt ? meetingTime(f.previousStartsAt, f.previousEndsAt) : formatDateTime(f.previousStartsAt),
        ]);
      return {
        subject: `Thay đổi thời gian: ${title}`,
        body: {
          intro: "Hội nghị sau đây đã được đổi thời gian:",
          title,
          facts,
          action: "Nếu đơn vị đã trả lời theo thời gian cũ, đề nghị xem lại và trả lời lại trên hệ thống:",
        },
      };
    }
    case "cancelled": {
      const facts: [string, string][] = [["Thời gian dự kiến", time]];
      if (f.reason) facts.push(["Lý do", oneLine(f.reason)]);
      if (f.documentNumber) facts.push(["Giấy mời số", f.documentNumber]);
      return {
        subject: `Hủy hội nghị: ${title}`,
        body: { intro: "Hội nghị sau đây đã bị hủy:", title, facts, action: "Chi tiết trên hệ thống:" },
      };
    }
  }
}

/** A confidential meeting: the kind of news, the letter's number and the deadline; the rest is in the app. */
function confidentialBody(kind: MailKind, f: MeetingMailFacts): { subject: string; body: Body } {
  const facts: [string, string][] = [];
  if (f.documentNumber) facts.push(["Giấy mời số", f.documentNumber]);
  if (f.answerDeadline && (kind === "invitation" || kind === "reminder"))
    facts.push(["Hạn trả lời", deadlineText(f.answerDeadline)]);
  const action = "Nội dung hội nghị mật không gửi qua thư điện tử; đề nghị đăng nhập hệ thống để xem:";
  const byKind: Record<MailKind, [subject: string, intro: string]> = {
    invitation: ["Giấy mời họp (mật)", "Đơn vị có một giấy mời họp mật."],
    reminder: ["Nhắc trả lời giấy mời họp (mật)", "Đơn vị chưa trả lời một giấy mời họp mật."],
    rescheduled: ["Thay đổi thời gian hội nghị (mật)", "Một hội nghị mật mà đơn vị được mời đã được đổi thời gian."],
    cancelled: ["Hủy hội nghị (mật)", "Một hội nghị mật mà đơn vị được mời đã bị hủy."],
  };
  const [subject, intro] = byKind[kind];
  return {
    subject: f.documentNumber ? `${subject} - số ${f.documentNumber}` : subject,
    body: { intro, facts, action },
  };
}

/** Subject, plain text and HTML of one e-mail about a meeting. */
export function composeMail(kind: MailKind, facts: MeetingMailFacts): ComposedMail {
  const { subject, body } = facts.confidential ? confidentialBody(kind, facts) : openBody(kind, facts);
  const mail = { salutation: SALUTATION, ...body };
  return { subject: oneLine(subject), text: renderText(mail, facts.link), html: renderHtml(mail, facts.link) };
}
