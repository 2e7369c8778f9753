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
    "handedOverToUnitId" TEXT,
    "handedOverAt" DATETIME,
    CONSTRAINT "Conclusion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conclusion_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conclusion_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Conclusion_handedOverToUnitId_fkey" FOREIGN KEY ("handedOverToUnitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Conclusion" ("content", "deadline", "doneAt", "doneById", "doneNote", "id", "leadUnitId", "meetingId", "minutesId", "position", "status", "version") SELECT "content", "deadline", "doneAt", "doneById", "doneNote", "id", "leadUnitId", "meetingId", "minutesId", "position", "status", "version" FROM "Conclusion";
DROP TABLE "Conclusion";
ALTER TABLE "new_Conclusion" RENAME TO "Conclusion";
CREATE INDEX "Conclusion_minutesId_position_idx" ON "Conclusion"("minutesId", "position");
CREATE INDEX "Conclusion_meetingId_idx" ON "Conclusion"("meetingId");
CREATE INDEX "Conclusion_leadUnitId_status_deadline_idx" ON "Conclusion"("leadUnitId", "status", "deadline");
CREATE INDEX "Conclusion_handedOverToUnitId_status_deadline_idx" ON "Conclusion"("handedOverToUnitId", "status", "deadline");
CREATE TABLE "new_Official" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fullName" TEXT NOT NULL,
    "nameAscii" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Official_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Official" ("createdAt", "email", "fullName", "givenName", "id", "nameAscii", "phone", "title", "unitId", "updatedAt", "validFrom", "validTo") SELECT "createdAt", "email", "fullName", "givenName", "id", "nameAscii", "phone", "title", "unitId", "updatedAt", "validFrom", "validTo" FROM "Official";
DROP TABLE "Official";
ALTER TABLE "new_Official" RENAME TO "Official";
CREATE INDEX "Official_unitId_idx" ON "Official"("unitId");
CREATE INDEX "Official_nameAscii_idx" ON "Official"("nameAscii");
CREATE INDEX "Official_givenName_idx" ON "Official"("givenName");
CREATE TABLE "new_Unit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameAscii" TEXT NOT NULL,
    "shortName" TEXT,
    "documentSymbol" TEXT,
    "placeName" TEXT,
    "code" TEXT,
    "kind" TEXT NOT NULL,
    "block" TEXT NOT NULL,
    "parentId" TEXT,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "contactEmail" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Unit" ("address", "block", "code", "contactEmail", "createdAt", "documentSymbol", "id", "kind", "name", "nameAscii", "parentId", "phone", "placeName", "shortName", "updatedAt", "validFrom", "validTo") SELECT "address", "block", "code", "contactEmail", "createdAt", "documentSymbol", "id", "kind", "name", "nameAscii", "parentId", "phone", "placeName", "shortName", "updatedAt", "validFrom", "validTo" FROM "Unit";
DROP TABLE "Unit";
ALTER TABLE "new_Unit" RENAME TO "Unit";
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");
CREATE INDEX "Unit_nameAscii_idx" ON "Unit"("nameAscii");
CREATE INDEX "Unit_kind_block_idx" ON "Unit"("kind", "block");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
