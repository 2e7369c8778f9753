-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('UNITS', 'OFFICIALS', 'USERS');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('CHECKING', 'READY', 'APPLYING', 'DONE', 'DISCARDED');

-- CreateEnum
CREATE TYPE "ImportOutcome" AS ENUM ('CREATE', 'UPDATE', 'UNCHANGED', 'ERROR');

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'CHECKING',
    "createdById" TEXT NOT NULL,
    "createdByEmail" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "creates" INTEGER NOT NULL DEFAULT 0,
    "updates" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "writtenRows" INTEGER NOT NULL DEFAULT 0,
    "refusedRows" INTEGER NOT NULL DEFAULT 0,
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "appliedById" TEXT,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRow" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 0,
    "outcome" "ImportOutcome" NOT NULL,
    "label" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "targetId" TEXT,
    "before" TEXT,
    "reasons" TEXT,
    "writtenAt" TIMESTAMP(3),
    "resultId" TEXT,

    CONSTRAINT "ImportRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_createdAt_idx" ON "ImportJob"("createdAt");

-- CreateIndex
CREATE INDEX "ImportRow_jobId_outcome_line_idx" ON "ImportRow"("jobId", "outcome", "line");

-- CreateIndex
CREATE INDEX "ImportRow_jobId_writtenAt_step_line_idx" ON "ImportRow"("jobId", "writtenAt", "step", "line");

-- CreateIndex
CREATE UNIQUE INDEX "ImportRow_jobId_line_key" ON "ImportRow"("jobId", "line");

-- AddForeignKey
ALTER TABLE "ImportRow" ADD CONSTRAINT "ImportRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
