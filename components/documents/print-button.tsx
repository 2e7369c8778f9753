"use client";

// The only interactive bit of a document page, kept apart so the page itself stays a server component.
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 print:hidden"
    >
      {label}
    </button>
  );
}
