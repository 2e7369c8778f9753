-- CreateEnum
CREATE TYPE "SignerKind" AS ENUM ('LOCAL_PKCS12', 'REMOTE');

-- CreateEnum
CREATE TYPE "SignedDocumentKind" AS ENUM ('MINUTES', 'CONCLUSION_NOTICE');

-- CreateTable
CREATE TABLE "SigningCertificate" (
    "id" TEXT NOT NULL,
    "kind" "SignerKind" NOT NULL,
    "officialId" TEXT,
    "unitId" TEXT,
    "label" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "notBefore" TIMESTAMP(3) NOT NULL,
    "notAfter" TIMESTAMP(3) NOT NULL,
    "chainPem" TEXT NOT NULL,
    "secret" TEXT,
    "remoteCredential" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "SigningCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustedRoot" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "certificatePem" TEXT NOT NULL,
    "notAfter" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "TrustedRoot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignedDocument" (
    "id" TEXT NOT NULL,
    "kind" "SignedDocumentKind" NOT NULL,
    "meetingId" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "signerRole" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,
    "signedById" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignedDocument_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "SigningCertificate" ADD CONSTRAINT "SigningCertificate_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningCertificate" ADD CONSTRAINT "SigningCertificate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignedDocument" ADD CONSTRAINT "SignedDocument_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignedDocument" ADD CONSTRAINT "SignedDocument_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "SigningCertificate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
