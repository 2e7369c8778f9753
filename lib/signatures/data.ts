import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { NotFound } from "@/lib/errors";
import { minutesToRead } from "@/lib/minutes/access";
import { meetingScope } from "@/lib/meetings/scope";

const LISTED = {
  id: true,
  kind: true,
  minutesId: true,
  fileName: true,
  sha256: true,
  size: true,
  signerName: true,
  signerTitle: true,
  signerRole: true,
  signedAt: true,
  certificate: { select: { subject: true, issuer: true, kind: true } },
} as const;

/** The signed documents of one set of minutes, newest first, for whoever may read the minutes. */
export async function signedDocumentsOfMinutes(user: SessionUser, minutesId: string) {
  await minutesToRead(db, user, minutesId);
  return db.signedDocument.findMany({ where: { minutesId }, orderBy: { signedAt: "desc" }, select: LISTED });
}

/** Every signed document of a meeting that the caller may read (unit representatives read no minutes). */
export async function signedDocumentsOfMeeting(user: SessionUser, meetingId: string) {
  if (user.role === "UNIT_REP") return [];
  return db.signedDocument.findMany({
    where: { meetingId, minutes: { meeting: meetingScope(user) } },
    orderBy: { signedAt: "desc" },
    select: {
      ...LISTED,
      minutes: { select: { meetingPoint: { select: { connectionPoint: { select: { name: true } } } } } },
    },
  });
}

/** The stored bytes, exactly as signed. */
export async function signedDocumentFile(user: SessionUser, id: string) {
  const doc = await db.signedDocument.findUnique({
    where: { id },
    select: { minutesId: true, fileName: true, content: true },
  });
  if (!doc) throw new NotFound();
  await minutesToRead(db, user, doc.minutesId);
  return { fileName: doc.fileName, content: Buffer.from(doc.content) };
}

/** Whether the chair has a certificate in force to sign with (to offer the button). */
export async function canSign(user: SessionUser, now = new Date()): Promise<boolean> {
  if (user.role !== "CHAIR" || !user.officialId) return false;
  const found = await db.signingCertificate.findFirst({
    where: { officialId: user.officialId, retiredAt: null, notBefore: { lte: now }, notAfter: { gt: now } },
    select: { id: true },
  });
  return Boolean(found);
}

/** The administrator's page: certificates (never their secret) and trusted roots. */
export async function signaturesAdminPage() {
  const [certificates, roots] = await Promise.all([
    db.signingCertificate.findMany({
      orderBy: [{ retiredAt: "asc" }, { createdAt: "desc" }],
      select: {
        id: true,
        kind: true,
        label: true,
        subject: true,
        issuer: true,
        serialNumber: true,
        fingerprint: true,
        notBefore: true,
        notAfter: true,
        retiredAt: true,
        remoteCredential: true,
        official: { select: { fullName: true } },
        unit: { select: { name: true } },
      },
    }),
    db.trustedRoot.findMany({
      where: { removedAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, fingerprint: true, notAfter: true },
    }),
  ]);
  return { certificates, roots };
}

/**
 * Who may hold a certificate, for the administrator's pickers: officials with an account or who chair a
 * point (the people who sign) and the units with a secretariat (the bodies that issue minutes and
 * notices). Both lists are as long as the accounts and chairs, not the registries.
 */
export async function signingHolders() {
  const [officials, units] = await Promise.all([
    db.official.findMany({
      where: { OR: [{ user: { is: { active: true } } }, { chairedPoints: { some: {} } }] },
      orderBy: { fullName: "asc" },
      select: { id: true, fullName: true },
    }),
    db.unit.findMany({
      where: { users: { some: { role: "SECRETARIAT", active: true } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { officials, units };
}
