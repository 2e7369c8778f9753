-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "documentSymbol" TEXT,
ADD COLUMN     "placeName" TEXT;
