/** The look of a link that acts as a secondary button (downloads, "open", related pages): 44 px tall to tap. */
export const linkButton =
  "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100";
