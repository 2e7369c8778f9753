// Hostile text in the documents the app writes: whatever a meeting's title, a place or a person's name
// holds (old rows, imports, or text from before the input rules), the .docx stays well-formed XML with
// the text as text, the PDF opens with it, the calendar file keeps its lines and events, and an e-mail
// keeps its headers. The data may be hostile; the files may not break.
import fc from "fast-check";
import MailComposer from "nodemailer/lib/mail-composer";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { renderInvitationDocx } from "@/lib/documents/invitation-docx";
import { CUA_LO_INVITATION } from "@/lib/documents/invitation-sample";
import { renderMinutesDocx } from "@/lib/documents/minutes-docx";
import type { MinutesRecord } from "@/lib/documents/minutes-record";
import { CUA_LO_MINUTES } from "@/lib/documents/minutes-sample";
import { parseMarkup } from "@/lib/minutes/markup";
import { renderMinutesPdf } from "@/lib/documents/pdf/minutes-pdf";
import { docxParagraphs, pdfPages } from "@/lib/documents/testing-extract";
import { renderCalendar, type CalendarEvent } from "@/lib/calendar/ics";
import { composeMail, MAIL_KINDS, type MeetingMailFacts } from "@/lib/mail/compose";
import { header } from "@/lib/testing/smtp";
import { strFromU8, unzipSync } from "fflate";
import { CONTROLS, INJECTIONS } from "./hostile-input";

/** Hostile text: injections, control characters, NFD, lone surrogates, and whatever fast-check thinks of. */
const hostile = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.constantFrom(...CONTROLS).map((c) => `Nghi${c}Hải`),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constant("Phường Nghi Thủy".normalize("NFD")),
  fc.constant("Nghi\ud800Hải\u202e"),
);

/** Every XML part of a .docx, each parsed by a strict XML 1.0 parser (it throws on what Word would refuse). */
function xmlParts(file: Buffer): Record<string, string> {
  const parts = Object.entries(unzipSync(new Uint8Array(file))).filter(([name]) => /\.(xml|rels)$/.test(name));
  return Object.fromEntries(parts.map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

function checkDocx(file: Buffer) {
  const parts = xmlParts(file);
  for (const [name, xml] of Object.entries(parts)) expect(() => wellFormed(xml), name).not.toThrow();
  return docxParagraphs(parts["word/document.xml"]!).join("\n");
}

describe("hostile text in the generated documents", () => {
  it("leaves the invitation letter well-formed, the injections written as text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 8, maxLength: 8 }), async ([a, b, c, d, e, f, g, h]) => {
        const text = checkDocx(
          await renderInvitationDocx({
            ...CUA_LO_INVITATION,
            recipient: a!,
            meetingTitle: b!,
            attendees: c!,
            chair: { name: d!, title: e! },
            location: f!,
            notes: g!,
            recipients: [h!, "Lưu: VT"],
          }),
        );
        for (const injection of INJECTIONS.filter((i) => !/[\r\n]/.test(i) && [b, c, f, g].includes(i)))
          expect(text).toContain(injection);
      }),
      { numRuns: 30 },
    );
  });

  it("leaves the minutes well-formed as .docx and readable as PDF", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (title, place) => {
        const record: MinutesRecord = {
          ...CUA_LO_MINUTES,
          title,
          place,
          chair: { name: title, title: place },
          sections: [{ heading: place, blocks: parseMarkup(`${title}\n- ${place}\n| ${title} | ${place} |`) }],
        };
        checkDocx(await renderMinutesDocx(record));
        const lines = (await pdfPages(await renderMinutesPdf(record))).flat().join(" ");
        expect(lines).toContain("BIÊN BẢN");
        for (const injection of INJECTIONS.filter((i) => i === title && !/[\r\n]/.test(i)))
          expect(lines.replace(/\s+/g, " ")).toContain(injection.replace(/\s+/g, " "));
      }),
      { numRuns: 12 },
    );
  });

  it("keeps a calendar file's lines, properties and single event", () => {
    const event: CalendarEvent = {
      uid: "cm123@hoinghi",
      sequence: 1,
      startsAt: new Date("2027-01-11T00:30:00Z"),
      endsAt: new Date("2027-01-11T04:00:00Z"),
      title: "x",
      location: "x",
      description: "x",
      status: "CONFIRMED",
      updatedAt: new Date("2027-01-05T00:00:00Z"),
    };
    const unfold = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n").slice(0, -1);
    const names = (ics: string) => unfold(ics).map((line) => line.slice(0, line.indexOf(":")));
    // The same calendar with harmless text (an empty place or description leaves its line out).
    const harmless = (s: string) => (s ? "x" : s);
    fc.assert(
      fc.property(hostile, hostile, hostile, (title, location, description) => {
        const ics = renderCalendar({ name: title, events: [{ ...event, title, location, description }] });
        expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
        for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const baseline = { ...event, title: "x", location: harmless(location), description: harmless(description) };
        expect(names(ics)).toEqual(names(renderCalendar({ name: "x", events: [baseline] })));
      }),
    );
  });

  it("keeps an e-mail's headers: a subject cannot add a recipient, the HTML part shows markup as text", async () => {
    const facts: MeetingMailFacts = {
      title: "x",
      startsAt: new Date("2027-01-11T00:30:00Z"),
      endsAt: new Date("2027-01-11T04:00:00Z"),
      organiser: "UBND thị xã Cửa Lò",
      point: { name: "Hội trường", room: null, address: null },
      chair: { fullName: "Hoàng Văn Phúc", title: null },
      documentNumber: "12/GM-UBND",
      reason: "x",
      link: "https://hoinghi.example.gov.vn/meetings/abc",
    };
    const raw = async (mail: { subject: string; text: string; html: string }) =>
      (
        await new MailComposer({ from: "no-reply@hoinghi.local", to: "nghihai@hoinghi.local", ...mail })
          .compile()
          .build()
      ).toString();
    const headerNames = (message: string) =>
      message
        .split(/\r\n\r\n/)[0]!
        .split(/\r\n(?![ \t])/)
        .map((line) => line.slice(0, line.indexOf(":")).toLowerCase())
        .sort();
    const baseline = headerNames(await raw(composeMail("invitation", facts)));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MAIL_KINDS), hostile, hostile, async (kind, title, place) => {
        const mail = composeMail(kind, { ...facts, title, reason: place, point: { name: place } });
        expect(mail.subject).not.toMatch(/[\r\n]/);
        expect(mail.html).not.toMatch(/<script|<\/w:t>|<!\[CDATA/);
        const message = await raw(mail);
        expect(headerNames(message).filter((n) => n !== "content-transfer-encoding")).toEqual(
          baseline.filter((n) => n !== "content-transfer-encoding"),
        );
        expect(header(message, "to")).toBe("nghihai@hoinghi.local");
      }),
      { numRuns: 60 },
    );
  });
});
