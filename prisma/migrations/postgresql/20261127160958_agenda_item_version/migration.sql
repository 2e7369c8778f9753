-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
