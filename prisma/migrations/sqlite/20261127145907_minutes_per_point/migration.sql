-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Conclusion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "leadUnitId" TEXT,
    "deadline" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "doneAt" DATETIME,
    "doneNote" TEXT,
    "doneById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Conclusion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conclusion_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conclusion_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Conclusion" ("content", "deadline", "doneAt", "doneNote", "id", "leadUnitId", "meetingId", "position", "status") SELECT "content", "deadline", "doneAt", "doneNote", "id", "leadUnitId", "meetingId", "position", "status" FROM "Conclusion";
DROP TABLE "Conclusion";
ALTER TABLE "new_Conclusion" RENAME TO "Conclusion";
CREATE INDEX "Conclusion_minutesId_position_idx" ON "Conclusion"("minutesId", "position");
CREATE INDEX "Conclusion_meetingId_idx" ON "Conclusion"("meetingId");
CREATE INDEX "Conclusion_leadUnitId_status_deadline_idx" ON "Conclusion"("leadUnitId", "status", "deadline");
CREATE TABLE "new_ConclusionNotice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "documentNumber" TEXT,
    "dueAt" DATETIME NOT NULL,
    "issuedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConclusionNotice_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConclusionNotice_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ConclusionNotice" ("createdAt", "documentNumber", "dueAt", "id", "issuedAt", "meetingId") SELECT "createdAt", "documentNumber", "dueAt", "id", "issuedAt", "meetingId" FROM "ConclusionNotice";
DROP TABLE "ConclusionNotice";
ALTER TABLE "new_ConclusionNotice" RENAME TO "ConclusionNotice";
CREATE UNIQUE INDEX "ConclusionNotice_minutesId_key" ON "ConclusionNotice"("minutesId");
CREATE INDEX "ConclusionNotice_meetingId_idx" ON "ConclusionNotice"("meetingId");
CREATE TABLE "new_Minutes" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "meetingPointId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "documentNumber" TEXT,
    "title" TEXT NOT NULL DEFAULT '',
    "place" TEXT NOT NULL DEFAULT '',
    "chairName" TEXT NOT NULL DEFAULT '',
    "chairTitle" TEXT NOT NULL DEFAULT '',
    "secretaryName" TEXT NOT NULL DEFAULT '',
    "secretaryTitle" TEXT NOT NULL DEFAULT '',
    "chairOfficialId" TEXT,
    "secretaryOfficialId" TEXT,
    "startedAt" DATETIME,
    "endedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "approvedAt" DATETIME,
    "approvedById" TEXT,
    "contentHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Minutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Minutes_meetingPointId_fkey" FOREIGN KEY ("meetingPointId") REFERENCES "MeetingPoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Minutes_chairOfficialId_fkey" FOREIGN KEY ("chairOfficialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Minutes_secretaryOfficialId_fkey" FOREIGN KEY ("secretaryOfficialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Minutes" ("approvedAt", "approvedById", "chairOfficialId", "contentHash", "createdAt", "documentNumber", "endedAt", "id", "meetingId", "secretaryOfficialId", "startedAt", "status", "updatedAt", "version") SELECT "approvedAt", "approvedById", "chairOfficialId", "contentHash", "createdAt", "documentNumber", "endedAt", "id", "meetingId", "secretaryOfficialId", "startedAt", "status", "updatedAt", "version" FROM "Minutes";
DROP TABLE "Minutes";
ALTER TABLE "new_Minutes" RENAME TO "Minutes";
CREATE UNIQUE INDEX "Minutes_meetingPointId_key" ON "Minutes"("meetingPointId");
CREATE INDEX "Minutes_meetingId_idx" ON "Minutes"("meetingId");
CREATE INDEX "Minutes_status_idx" ON "Minutes"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
