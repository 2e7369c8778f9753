// One plain structure (a salutation, paragraphs, labelled facts, a link) renders both the text and the
// HTML part of every e-mail the app sends.

export interface MailBody {
  salutation: string;
  intro: string;
  title?: string;
  facts: [label: string, value: string][];
  action: string;
}

const FOOTER = "Thư gửi tự động từ hệ thống Hội nghị; vui lòng không trả lời thư này.";

/** Subjects and single-line values never carry a line break (a header cannot be split or injected). */
export const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export function renderText(body: MailBody, link: string): string {
  const lines = [body.salutation, "", body.intro];
  if (body.title) lines.push("", body.title);
  if (body.facts.length) lines.push("", ...body.facts.map(([label, value]) => `${label}: ${value}`));
  lines.push("", body.action, link, "", "--", FOOTER);
  return lines.join("\n") + "\n";
}

export function renderHtml(body: MailBody, link: string): string {
  const cell = "padding:2px 12px 2px 0;vertical-align:top";
  const facts = body.facts.length
    ? `<table role="presentation" style="border-collapse:collapse">${body.facts
        .map(
          ([label, value]) =>
            `<tr><th align="left" style="${cell};font-weight:normal;color:#475569">${escapeHtml(label)}</th><td style="${cell}">${escapeHtml(value)}</td></tr>`,
        )
        .join("")}</table>`
    : "";
  return [
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#0f172a">`,
    `<p>${escapeHtml(body.salutation)}</p>`,
    `<p>${escapeHtml(body.intro)}</p>`,
    body.title ? `<p><strong>${escapeHtml(body.title)}</strong></p>` : "",
    facts,
    `<p>${escapeHtml(body.action)}<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    `<p style="color:#64748b;font-size:13px">${escapeHtml(FOOTER)}</p>`,
    `</body></html>`,
  ].join("");
}
