import { blockFlow, isFigure } from "@/lib/documents/flow";
import type { ConclusionItem } from "@/lib/documents/minutes-record";
import type { RichParagraph } from "@/lib/documents/parts";
import { type Block, CONCLUSIONS_TOKEN, parseMarkup } from "@/lib/minutes/markup";

function Runs({ text }: { text: RichParagraph }) {
  return text.map((s, i) => {
    const node = s.italic ? <em>{s.text}</em> : s.text;
    return <span key={i}>{s.bold ? <strong>{node}</strong> : node}</span>;
  });
}

/**
 * A section's text as the documents lay it out (the same flow as Word and PDF), for reading on screen.
 * Without the conclusions (a draft's text shown beside the editor) their line is shown as written.
 */
export function MinutesText({ body, conclusions }: { body: string; conclusions: ConclusionItem[] | null }) {
  const blocks = parseMarkup(body).map((block): Block =>
    block.kind === "conclusions" && !conclusions ? { kind: "paragraph", text: [{ text: CONCLUSIONS_TOKEN }] } : block,
  );
  return (
    <div className="flex flex-col gap-2">
      {blockFlow(blocks, conclusions ?? []).map((flow, i) =>
        flow.kind === "paragraph" ? (
          <p key={i} className="leading-7">
            <Runs text={flow.text} />
          </p>
        ) : (
          <div key={i} className="overflow-x-auto" tabIndex={0} role="region" aria-label={flow.header.join(", ")}>
            <table className="w-full min-w-[36rem] border-collapse text-sm">
              <thead>
                <tr>
                  {flow.header.map((cell, c) => (
                    <th
                      key={c}
                      scope="col"
                      className="border border-slate-400 bg-slate-50 px-2 py-1 text-center font-semibold"
                    >
                      {cell}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {flow.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td
                        key={c}
                        className={`border border-slate-400 px-2 py-1 ${isFigure(cell) ? "text-right tabular-nums" : ""}`}
                      >
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ),
      )}
    </div>
  );
}
