// The Cửa Lò town's notice of its chair's conclusions after the 27/12/2022 conference: used by the tests
// and by scripts/render-sample-documents.ts. It has a parent body in its header, the minutes sample has not.
import type { ConclusionNoticeRecord } from "./minutes-record";
import { CUA_LO_CONCLUSIONS, CUA_LO_MINUTES } from "./minutes-sample";

export const CUA_LO_CONCLUSION_NOTICE: ConclusionNoticeRecord = {
  parentBody: "UBND tỉnh Nghệ An",
  issuingBody: "Ủy ban nhân dân thị xã Cửa Lò",
  number: "07/TB-UBND",
  placeName: "Cửa Lò",
  issuedAt: new Date("2023-01-03T09:00:00+07:00"),
  meetingTitle: CUA_LO_MINUTES.title,
  meetingKind: CUA_LO_MINUTES.meetingKind,
  meetingStartedAt: CUA_LO_MINUTES.startedAt,
  chair: { name: "Hoàng Văn Phúc", title: "Phó Chủ tịch UBND thị xã" },
  points: ["điểm cầu Cửa Lò (Hội trường UBND thị xã)"],
  conclusions: CUA_LO_CONCLUSIONS,
  signer: { authority: ["TL. Chủ tịch", "Chánh Văn phòng"], name: "Nguyễn Văn An" },
  recipients: ["Chủ tịch, các PCT UBND thị xã", "Phòng Lao động - TB và XH", "UBND các phường", "Lưu: VT"],
};
