-- AlterTable
ALTER TABLE "Conclusion" ADD COLUMN     "doneById" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Minutes" ADD COLUMN     "chairName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "chairTitle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "place" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "secretaryName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "secretaryTitle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '';
