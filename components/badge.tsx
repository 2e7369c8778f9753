const TONES = {
  neutral: "bg-slate-100 text-slate-800",
  good: "bg-green-100 text-green-900",
  warn: "bg-amber-100 text-amber-900",
  bad: "bg-red-100 text-red-900",
  info: "bg-sky-100 text-sky-900",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ${TONES[tone]}`}>
      {children}
    </span>
  );
}

export const invitationTone: Record<string, BadgeTone> = {
  PENDING: "warn",
  CONFIRMED: "good",
  DECLINED: "bad",
  SUBSTITUTE: "info",
};
export const meetingStatusTone: Record<string, BadgeTone> = {
  DRAFT: "neutral",
  SCHEDULED: "info",
  CANCELLED: "bad",
  HELD: "good",
};
export const techTestTone: Record<string, BadgeTone> = { PENDING: "warn", READY: "good", PROBLEM: "bad" };
export const minutesStatusTone: Record<string, BadgeTone> = { DRAFT: "warn", SUBMITTED: "info", APPROVED: "good" };
