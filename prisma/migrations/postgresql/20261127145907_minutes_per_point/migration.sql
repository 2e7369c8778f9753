-- DropIndex
DROP INDEX "Conclusion_meetingId_position_idx";

-- DropIndex
DROP INDEX "ConclusionNotice_meetingId_key";

-- DropIndex
DROP INDEX "Minutes_meetingId_key";

-- AlterTable
ALTER TABLE "Conclusion" ADD COLUMN     "doneById" TEXT,
ADD COLUMN     "minutesId" TEXT NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ConclusionNotice" ADD COLUMN     "minutesId" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "Minutes" ADD COLUMN     "chairName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "chairTitle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "meetingPointId" TEXT NOT NULL,
ADD COLUMN     "place" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "secretaryName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "secretaryTitle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Conclusion_minutesId_position_idx" ON "Conclusion"("minutesId", "position");

-- CreateIndex
CREATE INDEX "Conclusion_meetingId_idx" ON "Conclusion"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "ConclusionNotice_minutesId_key" ON "ConclusionNotice"("minutesId");

-- CreateIndex
CREATE INDEX "ConclusionNotice_meetingId_idx" ON "ConclusionNotice"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "Minutes_meetingPointId_key" ON "Minutes"("meetingPointId");

-- CreateIndex
CREATE INDEX "Minutes_meetingId_idx" ON "Minutes"("meetingId");

-- CreateIndex
CREATE INDEX "Minutes_status_idx" ON "Minutes"("status");

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_meetingPointId_fkey" FOREIGN KEY ("meetingPointId") REFERENCES "MeetingPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conclusion" ADD CONSTRAINT "Conclusion_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConclusionNotice" ADD CONSTRAINT "ConclusionNotice_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
