export function SubmitButton({
  pending,
  disabled = false,
  label,
  pendingLabel,
}: {
  pending: boolean;
  /** Not available now (nothing chosen yet, or the label says why), besides while pending. */
  disabled?: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <button
      type="submit"
      disabled={pending || disabled}
      className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
