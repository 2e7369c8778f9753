// A conflict in words for the form: its kind names the message, params fill it (names, times).
export interface ConflictView {
  kind:
    | "END_BEFORE_START"
    | "CHAIR_OVERLAP"
    | "POINT_DOUBLE_BOOKED"
    | "UNIT_AT_TWO_POINTS"
    | "LATE_INVITATION"
    | "LATE_INVITATION_URGENT";
  params: Record<string, string>;
}
