-- AlterTable
ALTER TABLE "Unit" ADD COLUMN "documentSymbol" TEXT;
ALTER TABLE "Unit" ADD COLUMN "placeName" TEXT;
