// The Cửa Lò example from the domain notes, as one letter: used by the tests and by
// scripts/render-sample-invitation.ts, and handy as a preview fixture.
import type { InvitationLetter } from "./invitation-letter";

export const CUA_LO_INVITATION: InvitationLetter = {
  parentBody: "UBND tỉnh Nghệ An",
  issuingBody: "Ủy ban nhân dân thị xã Cửa Lò",
  number: "12/GM-UBND",
  place: "Cửa Lò",
  issuedAt: new Date("2027-01-05T08:00:00+07:00"),
  recipient: "Phường Nghi Hải",
  meetingTitle:
    "Hội nghị trực tuyến tổng kết công tác lao động, người có công và xã hội năm 2022, triển khai nhiệm vụ năm 2023",
  attendees: "Đại diện lãnh đạo UBND phường và công chức phụ trách lĩnh vực lao động",
  chair: { name: "Hoàng Văn Phúc", title: "Phó Chủ tịch UBND thị xã" },
  // Monday 11/01/2027, 07:30–11:00 in Vietnam.
  startsAt: new Date("2027-01-11T07:30:00+07:00"),
  endsAt: new Date("2027-01-11T11:00:00+07:00"),
  location: "Điểm cầu Cửa Lò, Hội trường UBND thị xã Cửa Lò",
  seats: 2,
  answerDeadline: new Date("2027-01-07T16:00:00+07:00"),
  notes: "Đại biểu có mặt trước giờ khai mạc 15 phút để ổn định chỗ ngồi.",
  signer: { authority: ["TL. Chủ tịch", "Chánh Văn phòng"], name: "Nguyễn Văn An" },
  recipients: ["Như trên", "Chủ tịch, các PCT UBND thị xã", "Lưu: VT"],
};
