"use client";

import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import {
  API_TOKEN_NAME_MAX,
  createApiTokenSchema,
  type CreateApiTokenInput,
  type CreateApiTokenOutput,
} from "@/lib/api-tokens/schema";
import { createApiTokenAction } from "@/lib/api-tokens/actions";
import { API_TOKEN_LIFETIMES, DEFAULT_API_TOKEN_LIFETIME } from "@/lib/api-tokens/expiry";
import { TextField } from "@/components/form/text-field";
import { SelectField } from "@/components/form/select-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

/** `revokedIds`: the caller's revoked tokens, so a new token revoked in the meantime is no longer shown. */
export function CreateApiTokenForm({ max, revokedIds }: { max: number; revokedIds: string[] }) {
  const t = useTranslations();
  const form = useForm<CreateApiTokenInput, unknown, CreateApiTokenOutput>({
    resolver: zodResolver(createApiTokenSchema),
    defaultValues: { name: "", lifetimeDays: String(DEFAULT_API_TOKEN_LIFETIME), password: "" },
  });
  const { onSubmit, message } = useActionForm(form, async (input: CreateApiTokenInput) => {
    const result = await createApiTokenAction(input);
    // The password never stays in the form, right or wrong.
    form.resetField("password");
    if (result.ok) form.resetField("name");
    return result;
  });
  const created = message?.ok && message.data && !revokedIds.includes(message.data.id) ? message.data : undefined;
  return (
    <>
      <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("apiTokens.name")}
          hint={t("apiTokens.nameHint")}
          maxLength={API_TOKEN_NAME_MAX}
          autoComplete="off"
          error={form.formState.errors.name?.message}
          className="sm:col-span-2 sm:max-w-md"
          {...form.register("name")}
        />
        <SelectField
          label={t("apiTokens.lifetime")}
          options={API_TOKEN_LIFETIMES.map((days) => ({
            value: String(days),
            label: t(days === DEFAULT_API_TOKEN_LIFETIME ? "apiTokens.lifetimeDefault" : "apiTokens.lifetimeDays", {
              days,
            }),
          }))}
          error={form.formState.errors.lifetimeDays?.message}
          {...form.register("lifetimeDays")}
        />
        <TextField
          label={t("apiTokens.password")}
          hint={t("apiTokens.passwordHint")}
          type="password"
          autoComplete="current-password"
          error={form.formState.errors.password?.message}
          {...form.register("password")}
        />
        <div>
          <SubmitButton
            pending={form.formState.isSubmitting}
            label={t("apiTokens.create")}
            pendingLabel={t("apiTokens.creating")}
          />
        </div>
      </form>
      {message && !message.ok && (
        <div className="mt-4">
          <FormAlert message={t(message.key, { max })} />
        </div>
      )}
      {/* Present before a token arrives, so screen readers announce it when it does. */}
      <div aria-live="polite" className="mt-4">
        {created && <NewToken key={created.id} name={created.name} token={created.token} />}
      </div>
    </>
  );
}

function NewToken({ name, token }: { name: string; token: string }) {
  const t = useTranslations("apiTokens");
  const id = useId();
  const [copy, setCopy] = useState<"copied" | "copyFailed" | null>(null);
  async function copyToken() {
    try {
      await navigator.clipboard.writeText(token);
      setCopy("copied");
    } catch {
      // No clipboard (plain http, or permission refused): select it so the user can copy by hand.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setCopy("copyFailed");
    }
  }
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="font-semibold text-green-900">{t("created", { name })}</p>
      <p id={`${id}-warning`} className="mt-1 text-sm text-amber-950">
        {t("newTokenWarning")}
      </p>
      <label htmlFor={id} className="mt-3 block text-sm font-medium text-slate-800">
        {t("newToken")}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          readOnly
          value={token}
          aria-describedby={`${id}-warning`}
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
        />
        <button
          type="button"
          onClick={copyToken}
          className="inline-flex min-h-11 shrink-0 items-center justify-center rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("copy")}
        </button>
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-700">
        {copy && t(copy)}
      </p>
    </div>
  );
}
