-- AlterTable
ALTER TABLE "PublicHoliday" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
