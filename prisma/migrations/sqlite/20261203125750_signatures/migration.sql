-- CreateTable
CREATE TABLE "SigningCertificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "officialId" TEXT,
    "unitId" TEXT,
    "label" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "notBefore" DATETIME NOT NULL,
    "notAfter" DATETIME NOT NULL,
    "chainPem" TEXT NOT NULL,
    "secret" TEXT,
    "remoteCredential" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" DATETIME,
    CONSTRAINT "SigningCertificate_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SigningCertificate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrustedRoot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "certificatePem" TEXT NOT NULL,
    "notAfter" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" DATETIME
);

-- CreateTable
CREATE TABLE "SignedDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" BLOB NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "signerRole" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,
    "signedById" TEXT NOT NULL,
    "signedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SignedDocument_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SignedDocument_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "SigningCertificate" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SigningCertificate_officialId_idx" ON "SigningCertificate"("officialId");

-- CreateIndex
CREATE INDEX "SigningCertificate_unitId_idx" ON "SigningCertificate"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "TrustedRoot_fingerprint_key" ON "TrustedRoot"("fingerprint");

-- CreateIndex
CREATE INDEX "SignedDocument_minutesId_idx" ON "SignedDocument"("minutesId");

-- CreateIndex
CREATE INDEX "SignedDocument_meetingId_idx" ON "SignedDocument"("meetingId");
