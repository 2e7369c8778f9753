// Dates and times as people type them on any browser: dd/mm/yyyy and the 24-hour clock, whatever the
// browser's language (an English office PC would otherwise show 12/21/2026, 04:00 PM). The forms send
// the same wire values as before ("YYYY-MM-DD", "YYYY-MM-DDTHH:mm"), so the zod schemas do not change;
// what cannot be read is sent as typed and the schema refuses it with its usual message.

const pad = (n: number) => String(n).padStart(2, "0");

function realDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null; // 31/02
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "05/01/2027", "5/1/2027", "05-01-2027", "05.01.2027" or "2027-01-05" → "2027-01-05"; null otherwise. */
export function dayFromTyped(text: string): string | null {
  const t = text.trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (vn) return realDay(Number(vn[3]), Number(vn[2]), Number(vn[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  return iso ? realDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

/** "2027-01-05" → "05/01/2027", as the field shows it. */
export function typedFromDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

/** "7:30", "07:30", "0730", "7h30", "7h", "19.45" → "07:30" / "19:45" (24-hour clock); null otherwise. */
export function timeFromTyped(text: string): string | null {
  const t = text.trim().toLowerCase();
  const m = /^(\d{1,2})(?:[:.h](\d{2})?|(\d{2}))?$/.exec(t);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? m[3] ?? 0);
  if (hours > 23 || minutes > 59 || (m[1]!.length === 1 && m[3])) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

/**
 * The wire value of a date-and-time field from what is typed in its two boxes: "2027-01-05T07:30", or
 * "" when both are empty, or the raw text when it cannot be read (the schema then says what is wrong).
 */
export function dateTimeFromTyped(dayText: string, timeText: string): string {
  if (!dayText.trim() && !timeText.trim()) return "";
  const day = dayFromTyped(dayText);
  const time = timeFromTyped(timeText);
  return day && time ? `${day}T${time}` : `${dayText.trim()} ${timeText.trim()}`.trim();
}

/** The two boxes of a wire value "2027-01-05T07:30" (anything else leaves them as the text it is). */
export function typedFromDateTime(value: string): { day: string; time: string } {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  return m ? { day: typedFromDay(m[1]!), time: m[2]! } : { day: value, time: "" };
}
