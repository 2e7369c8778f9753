// Who the app's e-mails come from. The address: the administrator's setting, else MAIL_FROM's, else the
// default; the display name: the organisation's name when set, else MAIL_FROM's (settings on
// /admin/settings, lib/settings). Pure.

export const DEFAULT_MAIL_FROM = "Hội nghị <no-reply@hoinghi.local>";

export interface MailSender {
  name: string;
  address: string;
}

/** "Name <address>", "\"Name\" <address>" or a bare address, as MAIL_FROM is written. */
export function parseMailbox(value: string): MailSender {
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>\s]+)>\s*$/.exec(value);
  if (match) return { name: match[1]?.trim() ?? "", address: match[2]! };
  return { name: "", address: value.trim() };
}

export function mailSenderOf(settings: {
  organisationName: string | null;
  mailFrom: string | null;
  envMailFrom: string | undefined;
}): MailSender {
  const fallback = parseMailbox(settings.envMailFrom?.trim() || DEFAULT_MAIL_FROM);
  return {
    name: settings.organisationName ?? fallback.name,
    address: settings.mailFrom ?? fallback.address,
  };
}

/** As a From header would read it, for the settings screen. */
export function formatMailbox({ name, address }: MailSender): string {
  return name ? `${name} <${address}>` : address;
}
