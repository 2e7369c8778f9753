-- AlterTable
ALTER TABLE "InvitationResponse" ADD COLUMN "attendeeNames" TEXT;
