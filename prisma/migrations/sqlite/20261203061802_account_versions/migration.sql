-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "passwordSignIn" BOOLEAN NOT NULL DEFAULT true,
    "passwordChangedAt" DATETIME,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "role" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "officialId" TEXT,
    "phone" TEXT,
    "notificationEmail" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastLoginAt" DATETIME,
    "calendarFeedTokenHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "User_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("active", "calendarFeedTokenHash", "createdAt", "email", "id", "lastLoginAt", "locale", "name", "notificationEmail", "officialId", "passwordChangedAt", "passwordHash", "passwordSignIn", "phone", "role", "sessionVersion", "unitId", "updatedAt") SELECT "active", "calendarFeedTokenHash", "createdAt", "email", "id", "lastLoginAt", "locale", "name", "notificationEmail", "officialId", "passwordChangedAt", "passwordHash", "passwordSignIn", "phone", "role", "sessionVersion", "unitId", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_officialId_key" ON "User"("officialId");
CREATE UNIQUE INDEX "User_calendarFeedTokenHash_key" ON "User"("calendarFeedTokenHash");
CREATE INDEX "User_unitId_role_idx" ON "User"("unitId", "role");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
