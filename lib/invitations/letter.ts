import "server-only";
import { db } from "@/lib/db/client";
import { officialOn, POSTS_SELECT } from "@/lib/officials/post-on-date";
import type { SessionUser } from "@/lib/auth/roles";
import { NotFound } from "@/lib/errors";
import { meetingScope } from "@/lib/meetings/scope";
import type { InvitationLetter } from "@/lib/documents/invitation-letter";
import { ISSUING_UNIT_SELECT, issuingBodyOf } from "@/lib/documents/issuing-body";
import { ISSUED_LETTER } from "./letter-rule";

/**
 * The letter of one sent invitation, as its unit receives it. Visible to whoever sees the meeting;
 * a unit representative only to their own unit's letter.
 */
export async function invitationLetterFor(
  user: SessionUser,
  meetingId: string,
  invitationId: string,
): Promise<{ letter: InvitationLetter; unitName: string }> {
  const invitation = await db.invitation.findFirst({
    where: {
      id: invitationId,
      meetingId,
      ...ISSUED_LETTER,
      meeting: meetingScope(user),
      ...(user.role === "UNIT_REP" ? { unitId: user.unitId } : {}),
    },
    select: {
      documentNumber: true,
      sentAt: true,
      seats: true,
      answerDeadline: true,
      unit: { select: { name: true, shortName: true } },
      invitedOfficial: { select: { fullName: true, title: true, posts: POSTS_SELECT } },
      meetingPoint: {
        select: {
          chair: { select: { fullName: true, title: true, posts: POSTS_SELECT } },
          connectionPoint: { select: { name: true, room: true, address: true, videoLink: true } },
        },
      },
      meeting: {
        select: {
          title: true,
          startsAt: true,
          endsAt: true,
          mode: true,
          organiserUnit: { select: ISSUING_UNIT_SELECT },
        },
      },
    },
  });
  if (!invitation?.documentNumber) throw new NotFound();
  const { meeting, meetingPoint: point, unit } = invitation;
  const issuer = issuingBodyOf(meeting.organiserUnit);
  const place = point.connectionPoint;
  // Named with the posts they held on the meeting's day, as the letter said when it went out.
  const invited = invitation.invitedOfficial && officialOn(invitation.invitedOfficial, meeting.startsAt);
  const chair = point.chair && officialOn(point.chair, meeting.startsAt);
  return {
    unitName: unit.name,
    letter: {
      parentBody: issuer.parentBody,
      issuingBody: issuer.issuingBody,
      number: invitation.documentNumber,
      place: issuer.placeName,
      issuedAt: invitation.sentAt ?? new Date(),
      recipient: unit.name,
      meetingTitle: meeting.title,
      attendees: invited
        ? `Đồng chí ${invited.fullName} - ${invited.title}`
        : `Đại diện lãnh đạo ${unit.shortName ?? unit.name}`,
      chair: chair ? { name: chair.fullName, title: chair.title } : null,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      location: [place.name, place.room, place.address].filter(Boolean).join(", "),
      onlineLink: meeting.mode !== "ON_SITE" ? (place.videoLink ?? undefined) : undefined,
      seats: invitation.seats,
      answerDeadline: invitation.answerDeadline,
      // The signer is not modelled yet: the block leaves room for a hand signature and name.
      signer: { authority: ["TL. Chủ tịch", "Chánh Văn phòng"], name: "" },
      recipients: ["Như trên", "Lưu: VT"],
    },
  };
}
