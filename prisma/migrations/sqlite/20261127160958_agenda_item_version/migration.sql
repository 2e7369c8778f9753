-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AgendaItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presenterRole" TEXT,
    "presenterOfficialId" TEXT,
    "durationMinutes" INTEGER NOT NULL DEFAULT 10,
    "minutesSkeleton" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_presenterOfficialId_fkey" FOREIGN KEY ("presenterOfficialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AgendaItem" ("durationMinutes", "id", "meetingId", "minutesSkeleton", "position", "presenterOfficialId", "presenterRole", "title") SELECT "durationMinutes", "id", "meetingId", "minutesSkeleton", "position", "presenterOfficialId", "presenterRole", "title" FROM "AgendaItem";
DROP TABLE "AgendaItem";
ALTER TABLE "new_AgendaItem" RENAME TO "AgendaItem";
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
