// Pieces shared by the printable A4 sheets (invitation letter, agenda): type sizes in points of the
// sheet (see A4Page) with a px floor for phones, written out in full so Tailwind finds them, and the
// Nghị định 30 letterhead. No hooks: they render in server components.
import type { Letterhead } from "@/lib/documents/letterhead";

export const PT11 = "text-[length:max(calc(var(--pt)*11),10px)]";
export const PT12 = "text-[length:max(calc(var(--pt)*12),10px)]";
export const PT13 = "text-[length:max(calc(var(--pt)*13),10px)]";
export const PT14 = "text-[length:max(calc(var(--pt)*14),12px)]";
/** The short rule under the issuing body and the subject: 20 mm long, its gap in em as text may be floored. */
export const SHORT_RULE = "mx-auto mt-[0.25em] w-[calc(var(--pt)*56.7)] border-t border-current";

/** Issuing body left, national title and motto right; the number and place-date lines under them when given. */
export function LetterheadView({
  parts,
}: {
  parts: Pick<Letterhead, "parentBody" | "issuingBody" | "nation" | "motto"> & {
    numberLine?: string;
    placeDate?: string | null;
  };
}) {
  return (
    <header className="grid grid-cols-[65fr_100fr] text-center text-balance">
      <div className={PT13}>
        {parts.parentBody && <p>{parts.parentBody}</p>}
        {parts.issuingBody.map((line) => (
          <p key={line} className="font-bold">
            {line}
          </p>
        ))}
        <div aria-hidden className={SHORT_RULE} />
      </div>
      <div className="font-bold">
        <p className={PT13}>{parts.nation}</p>
        {/* As long as the motto itself, as the decree asks. */}
        <p className={PT14}>
          <span className="inline-block border-b border-current pb-[0.2em]">{parts.motto}</span>
        </p>
      </div>
      {parts.numberLine !== undefined && <p className={`${PT13} mt-[calc(var(--pt)*10)]`}>{parts.numberLine}</p>}
      {parts.placeDate && <p className="mt-[calc(var(--pt)*10)] italic">{parts.placeDate}</p>}
    </header>
  );
}
