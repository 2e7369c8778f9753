-- CreateEnum
CREATE TYPE "DocumentAudience" AS ENUM ('INVITED', 'POINTS', 'UNITS', 'CHAIRS');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('PUBLISHED', 'SUBMITTED', 'ACCEPTED', 'RETURNED');

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "contributionsDueAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MeetingDocument" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "title" TEXT NOT NULL,
    "ownerUnitId" TEXT NOT NULL,
    "presentingUnitId" TEXT,
    "audience" "DocumentAudience" NOT NULL DEFAULT 'INVITED',
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "status" "DocumentStatus" NOT NULL DEFAULT 'PUBLISHED',
    "contributedByUnitId" TEXT,
    "returnNote" TEXT,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "mimeType" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "changeNote" TEXT,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDocumentPoint" (
    "documentId" TEXT NOT NULL,
    "meetingPointId" TEXT NOT NULL,

    CONSTRAINT "MeetingDocumentPoint_pkey" PRIMARY KEY ("documentId","meetingPointId")
);

-- CreateTable
CREATE TABLE "MeetingDocumentUnit" (
    "documentId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "MeetingDocumentUnit_pkey" PRIMARY KEY ("documentId","unitId")
);

-- CreateTable
CREATE TABLE "MeetingDocumentRead" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firstOpenedAt" TIMESTAMP(3),
    "lastOpenedAt" TIMESTAMP(3),
    "openedVersion" INTEGER,
    "readAt" TIMESTAMP(3),
    "readVersion" INTEGER,

    CONSTRAINT "MeetingDocumentRead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDocumentUpload" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "mimeType" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingDocumentUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingDocument_meetingId_agendaItemId_idx" ON "MeetingDocument"("meetingId", "agendaItemId");

-- CreateIndex
CREATE INDEX "MeetingDocument_contributedByUnitId_idx" ON "MeetingDocument"("contributedByUnitId");

-- CreateIndex
CREATE INDEX "MeetingDocumentVersion_sha256_idx" ON "MeetingDocumentVersion"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDocumentVersion_documentId_number_key" ON "MeetingDocumentVersion"("documentId", "number");

-- CreateIndex
CREATE INDEX "MeetingDocumentPoint_meetingPointId_idx" ON "MeetingDocumentPoint"("meetingPointId");

-- CreateIndex
CREATE INDEX "MeetingDocumentUnit_unitId_idx" ON "MeetingDocumentUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDocumentRead_documentId_userId_key" ON "MeetingDocumentRead"("documentId", "userId");

-- CreateIndex
CREATE INDEX "MeetingDocumentUpload_userId_createdAt_idx" ON "MeetingDocumentUpload"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_presentingUnitId_fkey" FOREIGN KEY ("presentingUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_contributedByUnitId_fkey" FOREIGN KEY ("contributedByUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocumentVersion" ADD CONSTRAINT "MeetingDocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "MeetingDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocumentVersion" ADD CONSTRAINT "MeetingDocumentVersion_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocumentPoint" ADD CONSTRAINT "MeetingDocumentPoint_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "MeetingDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocumentPoint" ADD CONSTRAINT "MeetingDocumentPoint_meetingPointId_fkey" FOREIGN KEY ("meetingPointId") REFERENCES "MeetingPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocumentUnit" ADD CONSTRAINT "MeetingDocumentUnit_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "MeetingDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocumentUnit" ADD CONSTRAINT "MeetingDocumentUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocumentRead" ADD CONSTRAINT "MeetingDocumentRead_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "MeetingDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocumentRead" ADD CONSTRAINT "MeetingDocumentRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocumentUpload" ADD CONSTRAINT "MeetingDocumentUpload_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocumentUpload" ADD CONSTRAINT "MeetingDocumentUpload_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
