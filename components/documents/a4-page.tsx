// An A4 sheet for official documents, on screen and on paper. Every length inside is a multiple of
// --pt, one typographic point of the sheet: 100cqw is the sheet's width (595.28 pt), so the whole page
// scales with the space it gets and a phone shows the full sheet without sideways scrolling. Text has a
// floor in px so it stays readable there; on paper the sheet is 210 mm wide and --pt is exactly 1pt.

export const PRINT_ROOT = "document-print-root";

// Plain <style>, not a hoisted one: it leaves the document with the component, so other pages keep
// their own print settings. While it is there, printing shows only the sheet, on a named A4 page
// without margins (the sheet's padding is the document's margins), whatever layout surrounds it.
const PRINT_CSS = `@media print {
  @page document-a4 { size: A4; margin: 0; }
  .${PRINT_ROOT} { page: document-a4; }
  body:has(.${PRINT_ROOT}) *:not(:has(.${PRINT_ROOT}), .${PRINT_ROOT}, .${PRINT_ROOT} *) { display: none !important; }
  *:has(.${PRINT_ROOT}) { margin: 0 !important; padding: 0 !important; border: 0 !important; max-width: none !important; width: auto !important; background: none !important; }
}`;

export function A4Page({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className={`${PRINT_ROOT} @container mx-auto w-full max-w-[210mm]`}>
      <style>{PRINT_CSS}</style>
      <article
        lang="vi"
        aria-label={label}
        className="min-h-[calc(var(--pt)*841.89)] bg-white pt-[calc(var(--pt)*56.69)] pr-[calc(var(--pt)*42.52)] pb-[calc(var(--pt)*56.69)] pl-[calc(var(--pt)*85.04)] font-[family-name:Times_New_Roman,Liberation_Serif,Tinos,serif] text-[length:max(calc(var(--pt)*14),12px)] leading-[1.15] text-black shadow-md ring-1 ring-slate-200 [--pt:calc(100cqw/595.28)] max-sm:pr-[calc(var(--pt)*34)] max-sm:pl-[calc(var(--pt)*34)] print:min-h-0 print:shadow-none print:ring-0"
      >
        {children}
      </article>
    </div>
  );
}
