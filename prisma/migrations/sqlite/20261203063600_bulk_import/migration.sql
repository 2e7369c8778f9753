-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'CHECKING',
    "createdById" TEXT NOT NULL,
    "createdByEmail" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "creates" INTEGER NOT NULL DEFAULT 0,
    "updates" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "writtenRows" INTEGER NOT NULL DEFAULT 0,
    "refusedRows" INTEGER NOT NULL DEFAULT 0,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "appliedById" TEXT,
    "startedAt" DATETIME,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ImportRow" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 0,
    "outcome" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "targetId" TEXT,
    "before" TEXT,
    "reasons" TEXT,
    "writtenAt" DATETIME,
    "resultId" TEXT,
    CONSTRAINT "ImportRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ImportJob_createdAt_idx" ON "ImportJob"("createdAt");

-- CreateIndex
CREATE INDEX "ImportRow_jobId_outcome_line_idx" ON "ImportRow"("jobId", "outcome", "line");

-- CreateIndex
CREATE INDEX "ImportRow_jobId_writtenAt_step_line_idx" ON "ImportRow"("jobId", "writtenAt", "step", "line");

-- CreateIndex
CREATE UNIQUE INDEX "ImportRow_jobId_line_key" ON "ImportRow"("jobId", "line");
