"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action";
import { ROLES } from "@/lib/auth/roles";
import type { Option } from "@/lib/options/query";
import { createUserSchema, type CreateUserInput, type CreateUserOutput } from "@/lib/users/schema";
import { createUserAction, sendPasswordLinkAction, setUserActiveAction, updateUserAction } from "@/lib/users/actions";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { TextField } from "@/components/form/text-field";
import { SelectField } from "@/components/form/select-field";
import { SearchCombobox } from "@/components/form/search-combobox";
import { CheckboxField } from "@/components/form/checkbox-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

const secondaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60";

const EMPTY: CreateUserInput = {
  name: "",
  email: "",
  role: "UNIT_REP",
  unitId: "",
  officialId: "",
  passwordSignIn: true,
};

/**
 * An account's name, address, role and place: a chair names the official they are (their unit is the
 * official's), every other role a unit, and may name an official of it (not an administrator). With single
 * sign-on configured (`sso` names the provider), password sign-in can be turned off for the account.
 */
export function AccountForm({
  existing,
  sso,
}: {
  existing?: { id: string; version: number; values: CreateUserInput; unit: Option | null; official: Option | null };
  sso?: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<CreateUserInput, unknown, CreateUserOutput>({
    resolver: zodResolver(createUserSchema),
    defaultValues: existing?.values ?? EMPTY,
  });
  const save = (values: CreateUserInput): Promise<ActionResult<{ id: string }>> =>
    existing ? updateUserAction({ ...values, id: existing.id, version: existing.version }) : createUserAction(values);
  const { onSubmit, message } = useActionForm(form, save, (data) => {
    if (existing) router.refresh();
    else router.push(`/admin/users/${data.id}?created=1`);
  });
  const role = useWatch({ control: form.control, name: "role" });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid max-w-2xl gap-4">
      {message && (
        <FormAlert
          tone={message.ok ? "success" : "error"}
          message={message.ok ? t("accounts.saved") : t(message.key)}
        />
      )}
      <TextField
        label={t("accounts.fields.name")}
        maxLength={120}
        autoComplete="off"
        error={e.name?.message}
        {...form.register("name")}
      />
      <TextField
        label={t("accounts.fields.email")}
        hint={t("accounts.hints.email")}
        type="email"
        maxLength={254}
        autoComplete="off"
        error={e.email?.message}
        {...form.register("email")}
      />
      <SelectField
        label={t("accounts.fields.role")}
        options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        error={e.role?.message}
        {...form.register("role", {
          // The official chosen for one role is no answer for another: a chair's is who they are, an
          // administrator has none. The unit stays (a chair's is ignored: it is the official's).
          onChange: (event: { target: { value: string } }) => {
            const next = event.target.value;
            if (next === "ADMIN" || (next === "CHAIR") !== (role === "CHAIR")) form.setValue("officialId", "");
          },
        })}
      />
      {role === "CHAIR" ? (
        <SearchCombobox
          key="chair"
          control={form.control}
          name="officialId"
          label={t("accounts.fields.officialForChair")}
          hint={t("accounts.hints.chair")}
          source={{ list: "officials" }}
          selected={existing?.official ?? null}
          error={e.officialId?.message}
        />
      ) : (
        <>
          <SearchCombobox
            control={form.control}
            name="unitId"
            label={t("accounts.fields.unit")}
            source={{ list: "units", purpose: "account" }}
            selected={existing?.unit ?? null}
            error={e.unitId?.message}
          />
          {role !== "ADMIN" && (
            <SearchCombobox
              key="official"
              control={form.control}
              name="officialId"
              label={t("accounts.fields.official")}
              hint={t("accounts.hints.official")}
              source={{ list: "officials" }}
              selected={existing?.official ?? null}
              noneLabel={t("accounts.noOfficial")}
              error={e.officialId?.message}
            />
          )}
        </>
      )}
      {sso && (
        <CheckboxField
          label={t("accounts.fields.passwordSignIn")}
          hint={t("accounts.hints.passwordSignIn", { provider: sso })}
          {...form.register("passwordSignIn")}
        />
      )}
      <div>
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={existing ? t("common.save") : t("accounts.create")}
          pendingLabel={existing ? t("common.saving") : t("accounts.creating")}
        />
      </div>
    </form>
  );
}

/** Sends a new one-time link: the invitation again while no password is set, else a reset link. */
export function PasswordLinkButton({ id, hasPassword }: { id: string; hasPassword: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="grid justify-items-start gap-2">
      {message && <FormAlert tone={message.ok ? "success" : "error"} message={message.text} />}
      <button
        type="button"
        disabled={pending}
        className={secondaryButton}
        onClick={async () => {
          setPending(true);
          setMessage(null);
          const result = await sendPasswordLinkAction({ id });
          setPending(false);
          setMessage(
            result.ok
              ? {
                  ok: true,
                  text: t("accounts.password.sent", { until: formatDateTime(new Date(result.data.expiresAt)) }),
                }
              : { ok: false, text: t(result.message) },
          );
          if (result.ok) router.refresh();
        }}
      >
        {pending
          ? t("accounts.password.sending")
          : t(hasPassword ? "accounts.password.sendReset" : "accounts.password.sendInvite")}
      </button>
    </div>
  );
}

/** Deactivates the account (after asking) or reactivates it, over the version the page loaded. */
export function ActiveButton({
  id,
  version,
  active,
  name,
}: {
  id: string;
  version: number;
  active: boolean;
  name: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="grid justify-items-start gap-2">
      {error && <FormAlert message={t(error)} />}
      <button
        type="button"
        disabled={pending}
        className={secondaryButton}
        onClick={async () => {
          if (active && !window.confirm(t("accounts.status.deactivateConfirm", { name }))) return;
          setPending(true);
          setError(null);
          const result = await setUserActiveAction({ id, version, active: !active });
          setPending(false);
          if (result.ok) router.refresh();
          else setError(result.message);
        }}
      >
        {active ? t("accounts.status.deactivate") : t("accounts.status.reactivate")}
      </button>
    </div>
  );
}
