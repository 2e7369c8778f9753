"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action";

/**
 * Submits a react-hook-form form to a server action and maps the server's answer back onto it:
 * field errors next to their fields, the overall message at the top. Sends the raw field values so
 * the server parses exactly what the user typed with the same schema.
 */
export function useActionForm<V extends FieldValues, O, T>(
  form: UseFormReturn<V, unknown, O>,
  action: (input: V) => Promise<ActionResult<T>>,
  onSuccess?: (data: T) => void,
) {
  const [message, setMessage] = useState<{ key: string; ok: boolean; data?: T; details?: unknown } | null>(null);
  const onSubmit = form.handleSubmit(async () => {
    setMessage(null);
    const result = await action(form.getValues());
    if (result.ok) {
      setMessage({ key: "ok", ok: true, data: result.data });
      onSuccess?.(result.data);
      return;
    }
    for (const [field, key] of Object.entries(result.fieldErrors ?? {}))
      form.setError(field as Path<V>, { message: key });
    setMessage({ key: result.message, ok: false, details: result.details });
  });
  return { onSubmit, message };
}
