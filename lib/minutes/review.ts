import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, StaleVersion } from "@/lib/errors";
import { notifyUnits, notifyUsers } from "@/lib/notifications/notify";
import { minutesToEdit, minutesToRead, minutesToReview } from "./access";
import { contentHash } from "./content";
import { TX } from "./manage";
import { storedContent } from "./snapshot";
import type { approveMinutesSchema, minutesIdSchema, returnMinutesSchema, submitMinutesSchema } from "./schema";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

const link = (meetingId: string, minutesId: string) => `/meetings/${meetingId}/minutes/${minutesId}`;

/** Moves the minutes from one state to the next only if nobody moved them first. */
async function transition(
  tx: Tx,
  minutesId: string,
  from: "DRAFT" | "SUBMITTED",
  to: "DRAFT" | "SUBMITTED" | "APPROVED",
  version: number,
  data: Record<string, unknown> = {},
) {
  const { count } = await tx.minutes.updateMany({
    where: { id: minutesId, status: from, version },
    data: { ...data, status: to, version: { increment: 1 } },
  });
  if (count === 0) throw new StaleVersion();
}

/** The secretariat keeping the minutes: the organiser's for the main point, the hub host's for a hub. */
async function keepers(tx: Tx, minutesId: string) {
  const m = await tx.minutes.findUniqueOrThrow({
    where: { id: minutesId },
    select: {
      meeting: { select: { organiserUnitId: true } },
      meetingPoint: { select: { isMain: true, connectionPoint: { select: { hostUnitId: true } } } },
    },
  });
  return m.meetingPoint.isMain ? m.meeting.organiserUnitId : m.meetingPoint.connectionPoint.hostUnitId;
}

export async function submitMinutes(user: SessionUser, input: z.output<typeof submitMinutesSchema>) {
  return db.$transaction(async (tx) => {
    const minutes = await minutesToEdit(tx, user, input.minutesId);
    if (!minutes.chairOfficialId) throw new DomainError("minutes.errors.noChair");
    await transition(tx, minutes.id, "DRAFT", "SUBMITTED", input.version);
    await tx.minutesReview.create({ data: { minutesId: minutes.id, action: "SUBMIT", byUserId: user.id } });
    await notifyUsers(
      tx,
      { officialId: minutes.chairOfficialId, role: "CHAIR" },
      {
        kind: "minutes.submitted",
        title: `Biên bản chờ duyệt: ${minutes.meeting.title}`,
        link: link(minutes.meetingId, minutes.id),
      },
    );
    await recordAudit(tx, {
      actor: user,
      action: "minutes.submit",
      entityType: "Minutes",
      entityId: minutes.id,
      after: { status: "SUBMITTED" },
    });
    return { id: minutes.id };
  }, TX);
}

async function reviewable(tx: Tx, user: SessionUser, minutesId: string) {
  const minutes = await minutesToReview(tx, user, minutesId);
  if (minutes.status !== "SUBMITTED")
    throw new DomainError(minutes.status === "APPROVED" ? "minutes.errors.frozen" : "minutes.errors.notSubmitted");
  return minutes;
}

/** The chair sends the minutes back to draft; the comment stays visible to the secretariat. */
export async function returnMinutes(user: SessionUser, input: z.output<typeof returnMinutesSchema>) {
  return db.$transaction(async (tx) => {
    const minutes = await reviewable(tx, user, input.minutesId);
    await transition(tx, minutes.id, "SUBMITTED", "DRAFT", input.version);
    await tx.minutesReview.create({
      data: { minutesId: minutes.id, action: "RETURN", comment: input.comment, byUserId: user.id },
    });
    await notifyUsers(
      tx,
      { unitId: await keepers(tx, minutes.id), role: "SECRETARIAT" },
      {
        kind: "minutes.returned",
        title: `Biên bản bị trả lại: ${minutes.meeting.title}`,
        body: input.comment,
        link: link(minutes.meetingId, minutes.id),
      },
    );
    await recordAudit(tx, {
      actor: user,
      action: "minutes.return",
      entityType: "Minutes",
      entityId: minutes.id,
      after: { status: "DRAFT", comment: input.comment },
    });
    return { id: minutes.id };
  }, TX);
}

/**
 * Approval freezes the minutes: from here every write path refuses them (they are no longer a draft),
 * and the SHA-256 of the approved content is kept to prove later that nothing changed.
 */
export async function approveMinutes(
  user: SessionUser,
  input: z.output<typeof approveMinutesSchema>,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const minutes = await reviewable(tx, user, input.minutesId);
    const hash = contentHash(await storedContent(tx, minutes.id));
    await transition(tx, minutes.id, "SUBMITTED", "APPROVED", input.version, {
      approvedAt: now,
      approvedById: user.id,
      contentHash: hash,
    });
    await tx.minutesReview.create({ data: { minutesId: minutes.id, action: "APPROVE", byUserId: user.id } });
    await notifyUsers(
      tx,
      { unitId: await keepers(tx, minutes.id), role: "SECRETARIAT" },
      {
        kind: "minutes.approved",
        title: `Biên bản đã được duyệt: ${minutes.meeting.title}`,
        link: link(minutes.meetingId, minutes.id),
      },
    );
    // The conclusions become the lead units' tasks now.
    const leads = await tx.conclusion.findMany({
      where: { minutesId: minutes.id, leadUnitId: { not: null } },
      select: { leadUnitId: true },
      distinct: ["leadUnitId"],
    });
    await notifyUnits(
      tx,
      leads.map((c) => c.leadUnitId!),
      { kind: "conclusion.assigned", title: `Nhiệm vụ theo kết luận: ${minutes.meeting.title}`, link: "/tasks" },
    );
    await recordAudit(tx, {
      actor: user,
      action: "minutes.approve",
      entityType: "Minutes",
      entityId: minutes.id,
      after: { status: "APPROVED", contentHash: hash },
    });
    return { id: minutes.id, contentHash: hash };
  }, TX);
}

/** Recomputes the hash of the stored content and compares it with the one kept at approval. */
export async function verifyMinutes(user: SessionUser, input: z.output<typeof minutesIdSchema>) {
  return db.$transaction(async (tx) => {
    const minutes = await minutesToRead(tx, user, input.minutesId);
    if (minutes.status !== "APPROVED" || !minutes.contentHash) throw new DomainError("minutes.errors.notApproved");
    const current = contentHash(await storedContent(tx, minutes.id));
    const intact = current === minutes.contentHash;
    await recordAudit(tx, {
      actor: user,
      action: "minutes.verify",
      entityType: "Minutes",
      entityId: minutes.id,
      after: { intact, current },
    });
    return { intact, stored: minutes.contentHash, current };
  }, TX);
}
