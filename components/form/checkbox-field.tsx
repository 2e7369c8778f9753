"use client";

import { forwardRef, useId } from "react";

type Props = Omit<React.InputHTMLAttributes<HTMLInputElement>, "type"> & { label: string; hint?: string };

export const CheckboxField = forwardRef<HTMLInputElement, Props>(function CheckboxField(
  { label, hint, className, ...input },
  ref,
) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
        <input
          id={id}
          ref={ref}
          type="checkbox"
          aria-describedby={hint ? `${id}-hint` : undefined}
          className="size-5"
          {...input}
        />
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
});
