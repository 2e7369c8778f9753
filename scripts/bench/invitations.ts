// Benchmark: sending the invitations of a large online conference and reminding the units that have
// not answered (conflict check, one letter number, notifications and one e-mail per unit, all in one
// transaction). Prints figures; run it, do not assert on it:
//   npx tsx --conditions=react-server scripts/bench/invitations.ts [points=1000]
// Uses a throw-away SQLite file unless DATABASE_URL names another database (it resets that database).
import { performance } from "node:perf_hooks";
import { setUpConference } from "./setup";

const POINTS = Number(process.argv[2] ?? 1000);

async function main() {
  const { db, admin, conference } = await setUpConference(POINTS, 1);
  const { meetingId } = conference;
  // The conference as it was before its letters went out: a draft two months ahead, nothing sent.
  const startsAt = new Date("2027-03-01T01:00:00Z");
  await db.meeting.update({
    where: { id: meetingId },
    data: { status: "DRAFT", startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000) },
  });
  await db.invitationResponse.deleteMany({ where: { invitation: { meetingId } } });
  await db.invitation.updateMany({
    where: { meetingId },
    data: { status: "PENDING", sentAt: null, documentNumber: null },
  });
  await db.unit.updateMany({
    where: { name: { startsWith: "UBND xã số " } },
    data: { contactEmail: "vanphong@xa.example" },
  });
  const { sendInvitations } = await import("../../lib/invitations/manage");
  const { remindUnanswered } = await import("../../lib/reminders/remind");
  const { version } = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });

  let start = performance.now();
  const sent = await sendInvitations(admin, { meetingId, version }, new Date("2027-01-04T01:00:00Z"));
  console.log(
    `send the invitations: ${(performance.now() - start).toFixed(0)} ms, ${sent.sent} letters ${sent.documentNumber}, ${await db.outboxMessage.count({ where: { meetingId } })} e-mails queued`,
  );
  start = performance.now();
  const reminded = await remindUnanswered(admin, { meetingId }, new Date("2027-01-10T01:00:00Z"));
  console.log(
    `remind the units that have not answered: ${(performance.now() - start).toFixed(0)} ms, ${reminded.reminded} reminded, ${reminded.emails} e-mails`,
  );
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
