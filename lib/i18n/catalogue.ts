import type { AppLocale } from "./locale";
import viBase from "./messages/vi.json";
import enBase from "./messages/en.json";
import viScheduling from "./messages/scheduling.vi.json";
import enScheduling from "./messages/scheduling.en.json";
import viDocuments from "./messages/documents.vi.json";
import enDocuments from "./messages/documents.en.json";
import viApiTokens from "./messages/apiTokens.vi.json";
import enApiTokens from "./messages/apiTokens.en.json";
import viCalendar from "./messages/calendar.vi.json";
import enCalendar from "./messages/calendar.en.json";
import viAttendance from "./messages/attendance.vi.json";
import enAttendance from "./messages/attendance.en.json";
import viAnswers from "./messages/answers.vi.json";
import enAnswers from "./messages/answers.en.json";
import viMail from "./messages/mail.vi.json";
import enMail from "./messages/mail.en.json";
import viTemplates from "./messages/templates.vi.json";
import enTemplates from "./messages/templates.en.json";
import viMinutes from "./messages/minutes.vi.json";
import enMinutes from "./messages/minutes.en.json";
import viConclusions from "./messages/conclusions.vi.json";
import enConclusions from "./messages/conclusions.en.json";
import viPickers from "./messages/pickers.vi.json";
import enPickers from "./messages/pickers.en.json";
import viFields from "./messages/fields.vi.json";
import enFields from "./messages/fields.en.json";
import viSettings from "./messages/settings.vi.json";
import enSettings from "./messages/settings.en.json";
import viEditor from "./messages/editor.vi.json";
import enEditor from "./messages/editor.en.json";
import viAccounts from "./messages/accounts.vi.json";
import enAccounts from "./messages/accounts.en.json";
import viSso from "./messages/sso.vi.json";
import enSso from "./messages/sso.en.json";
import viRegistries from "./messages/registries.vi.json";
import enRegistries from "./messages/registries.en.json";
import viImport from "./messages/import.vi.json";
import enImport from "./messages/import.en.json";
import viSignatures from "./messages/signatures.vi.json";
import enSignatures from "./messages/signatures.en.json";
import viMeetingDocuments from "./messages/meetingDocuments.vi.json";
import enMeetingDocuments from "./messages/meetingDocuments.en.json";

// The catalogue is split by feature (each file holds its own top-level namespaces) so features can
// grow without touching each other's files; here they are merged into one per locale.
export const CATALOGUE_FILES: Record<AppLocale, Record<string, unknown>[]> = {
  vi: [
    viBase,
    viScheduling,
    viDocuments,
    viApiTokens,
    viCalendar,
    viAnswers,
    viMail,
    viAttendance,
    viTemplates,
    viMinutes,
    viConclusions,
    viPickers,
    viFields,
    viSettings,
    viEditor,
    viAccounts,
    viSso,
    viRegistries,
    viImport,
    viSignatures,
    viMeetingDocuments,
  ],
  en: [
    enBase,
    enScheduling,
    enDocuments,
    enApiTokens,
    enCalendar,
    enAnswers,
    enMail,
    enAttendance,
    enTemplates,
    enMinutes,
    enConclusions,
    enPickers,
    enFields,
    enSettings,
    enEditor,
    enAccounts,
    enSso,
    enRegistries,
    enImport,
    enSignatures,
    enMeetingDocuments,
  ],
};

export function messagesFor(locale: AppLocale): Record<string, unknown> {
  return Object.assign({}, ...CATALOGUE_FILES[locale]);
}
