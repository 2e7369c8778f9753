// The invitation letter as a printable A4 page, from the same parts as the .docx. No hooks: it renders
// in a server component, and the labels come in as props from the page's translations.
import { invitationLetterParts, type InvitationLetter } from "@/lib/documents/invitation-letter";
import type { RichParagraph } from "@/lib/documents/parts";
import { A4Page } from "./a4-page";
import { PrintButton } from "./print-button";
import { LetterheadView, PT11, PT12, PT14, SHORT_RULE } from "./sheet";

function Rich({ paragraph }: { paragraph: RichParagraph }) {
  return paragraph.map((s, i) => (
    <span key={i} className={`${s.bold ? "font-bold" : ""} ${s.italic ? "italic" : ""}`}>
      {s.text}
    </span>
  ));
}

export interface InvitationLetterViewProps {
  letter: InvitationLetter;
  /** Accessible name of the sheet, e.g. "Giấy mời số 12/GM-UBND". */
  label: string;
  /** Shows a print button above the sheet when given. */
  printLabel?: string;
}

export function InvitationLetterView({ letter, label, printLabel }: InvitationLetterViewProps) {
  const parts = invitationLetterParts(letter);
  return (
    <div className="mx-auto flex w-full max-w-[210mm] flex-col gap-4">
      {printLabel && (
        <div className="flex justify-end print:hidden">
          <PrintButton label={printLabel} />
        </div>
      )}
      <A4Page label={label}>
        <LetterheadView parts={parts} />

        <div className="mt-[calc(var(--pt)*18)] mb-[calc(var(--pt)*12)] text-center font-bold text-balance">
          <h2>{parts.title}</h2>
          <p>{parts.subject}</p>
          <div aria-hidden className={SHORT_RULE} />
        </div>

        {parts.body.map((paragraph, i) => (
          <p
            key={i}
            className="mb-[calc(var(--pt)*6)] indent-[calc(var(--pt)*36)] text-justify leading-[1.35] wrap-anywhere"
          >
            <Rich paragraph={paragraph} />
          </p>
        ))}

        <footer className="mt-[calc(var(--pt)*18)] grid break-inside-avoid grid-cols-[45fr_55fr] gap-x-[calc(var(--pt)*6)]">
          <div>
            <p className={`${PT12} font-bold italic`}>{parts.recipientsHeading}</p>
            <ul className={PT11}>
              {parts.recipients.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
          <div className={`${PT14} text-center font-bold`}>
            {parts.signature.authority.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {/* Room for the hand signature and the seal. */}
            <p className="mt-[calc(var(--pt)*79.4)]">{parts.signature.name}</p>
          </div>
        </footer>
      </A4Page>
    </div>
  );
}
