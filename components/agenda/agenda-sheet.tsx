// The agenda as a printable A4 page. No hooks: it renders in a server component.
import { agendaDocumentParts, type AgendaDocumentInput } from "@/lib/agenda/document";
import { A4Page } from "@/components/documents/a4-page";
import { PrintButton } from "@/components/documents/print-button";
import { LetterheadView, PT13, SHORT_RULE } from "@/components/documents/sheet";

const CELL = "border border-black px-[calc(var(--pt)*4)] py-[calc(var(--pt)*3)] align-top";

export function AgendaSheet({
  input,
  label,
  printLabel,
  emptyLabel,
}: {
  input: AgendaDocumentInput;
  label: string;
  printLabel: string;
  emptyLabel: string;
}) {
  const parts = agendaDocumentParts(input);
  return (
    <div className="mx-auto flex w-full max-w-[210mm] flex-col gap-4">
      <div className="flex justify-end print:hidden">
        <PrintButton label={printLabel} />
      </div>
      <A4Page label={label}>
        <LetterheadView parts={parts} />

        <div className="mt-[calc(var(--pt)*24)] mb-[calc(var(--pt)*12)] text-center font-bold text-balance">
          <h2>{parts.heading}</h2>
          <p>{parts.subject}</p>
          <div aria-hidden className={SHORT_RULE} />
        </div>

        {parts.facts.map((fact) => (
          <p key={fact.label} className="mb-[calc(var(--pt)*4)] text-justify leading-[1.35] wrap-anywhere">
            <span className="font-bold">{fact.label}:</span> {fact.text}.
          </p>
        ))}

        {parts.rows.length === 0 ? (
          <p className="mt-[calc(var(--pt)*12)] italic">{emptyLabel}</p>
        ) : (
          <table className={`mt-[calc(var(--pt)*12)] w-full border-collapse ${PT13}`}>
            <thead>
              <tr>
                <th scope="col" className={`${CELL} w-[22%] text-center`}>
                  {parts.columns[0]}
                </th>
                <th scope="col" className={`${CELL} text-center`}>
                  {parts.columns[1]}
                </th>
                <th scope="col" className={`${CELL} w-[32%] text-center`}>
                  {parts.columns[2]}
                </th>
              </tr>
            </thead>
            <tbody>
              {parts.rows.map((row, i) => (
                <tr key={i} className="break-inside-avoid">
                  <td className={`${CELL} text-center whitespace-nowrap tabular-nums`}>{row.time}</td>
                  <td className={`${CELL} wrap-anywhere`}>{row.title}</td>
                  <td className={`${CELL} wrap-anywhere`}>{row.presenter}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </A4Page>
    </div>
  );
}
