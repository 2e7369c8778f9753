// A conflict in words for the form: its kind names the message, params fill it (names, times).
export interface ConflictView {
  kind:
    | "END_BEFORE_START"
    | "CHAIR_OVERLAP"
    | "CHAIR_OVERLAP_OTHER" // the other meeting is not the caller's to see, or confidential: not named
    | "POINT_DOUBLE_BOOKED"
    | "POINT_DOUBLE_BOOKED_OTHER"
    | "UNIT_AT_TWO_POINTS"
    | "LATE_INVITATION"
    | "LATE_INVITATION_URGENT";
  params: Record<string, string>;
}
