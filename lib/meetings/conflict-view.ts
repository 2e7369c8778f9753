// A conflict in words for the form: its kind names the message, params fill it (names, times).
import { formatDate, formatWeekday, startOfDay } from "@/lib/datetime/vietnam";
import type { NonWorkingDay } from "./conflicts";

export interface ConflictView {
  kind:
    | "END_BEFORE_START"
    | "CHAIR_OVERLAP"
    | "CHAIR_OVERLAP_OTHER" // the other meeting is not the caller's to see, or confidential: not named
    | "POINT_DOUBLE_BOOKED"
    | "POINT_DOUBLE_BOOKED_OTHER"
    | "UNIT_AT_TWO_POINTS"
    | "LATE_INVITATION"
    | "LATE_INVITATION_URGENT"
    | "NON_WORKING_DAY"
    | "NON_WORKING_DAY_NAMED";
  params: Record<string, string>;
}

/** "Thứ Sáu, 01/01/2027 là ngày nghỉ: Tết Dương lịch" — on the server's pages and in the form as it is typed. */
export function nonWorkingDayView({ day, holiday }: NonWorkingDay): ConflictView {
  const midnight = startOfDay(day);
  const params = { day: `${formatWeekday(midnight)}, ${formatDate(midnight)}` };
  return holiday === null
    ? { kind: "NON_WORKING_DAY", params }
    : { kind: "NON_WORKING_DAY_NAMED", params: { ...params, holiday } };
}
