-- AlterTable
ALTER TABLE "Conclusion" ADD COLUMN     "handedOverAt" TIMESTAMP(3),
ADD COLUMN     "handedOverToUnitId" TEXT;

-- AlterTable
ALTER TABLE "Official" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "Conclusion_handedOverToUnitId_status_deadline_idx" ON "Conclusion"("handedOverToUnitId", "status", "deadline");

-- AddForeignKey
ALTER TABLE "Conclusion" ADD CONSTRAINT "Conclusion_handedOverToUnitId_fkey" FOREIGN KEY ("handedOverToUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
