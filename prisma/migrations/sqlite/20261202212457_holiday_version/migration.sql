-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PublicHoliday" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "day" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'HOLIDAY',
    "version" INTEGER NOT NULL DEFAULT 1
);
INSERT INTO "new_PublicHoliday" ("day", "id", "kind", "name") SELECT "day", "id", "kind", "name" FROM "PublicHoliday";
DROP TABLE "PublicHoliday";
ALTER TABLE "new_PublicHoliday" RENAME TO "PublicHoliday";
CREATE UNIQUE INDEX "PublicHoliday_day_key" ON "PublicHoliday"("day");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
