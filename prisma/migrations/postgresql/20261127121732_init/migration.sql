-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE', 'WARD', 'OFFICE', 'PARTY_BODY', 'FRONT', 'MASS_ORGANISATION', 'SCHOOL', 'CENTRE', 'OTHER');

-- CreateEnum
CREATE TYPE "UnitBlock" AS ENUM ('PARTY', 'GOVERNMENT', 'FRONT_AND_MASS', 'PUBLIC_SERVICE');

-- CreateEnum
CREATE TYPE "SuccessionKind" AS ENUM ('MERGED_INTO', 'RENAMED_TO', 'MOVED_TO', 'SPLIT_INTO');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'SECRETARIAT', 'UNIT_REP', 'CHAIR');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('YEAR_END_REVIEW', 'MID_TERM_REVIEW', 'BRIEFING', 'COMMITTEE_SESSION', 'THEMATIC', 'ADVISORY', 'PROBLEM_SOLVING', 'PROFESSIONAL');

-- CreateEnum
CREATE TYPE "MeetingMode" AS ENUM ('ON_SITE', 'ONLINE', 'HYBRID');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'CANCELLED', 'HELD');

-- CreateEnum
CREATE TYPE "TechTestResult" AS ENUM ('PENDING', 'READY', 'PROBLEM');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('PENDING', 'CONFIRMED', 'DECLINED', 'SUBSTITUTE');

-- CreateEnum
CREATE TYPE "ResponseKind" AS ENUM ('CONFIRM', 'DECLINE', 'SUBSTITUTE');

-- CreateEnum
CREATE TYPE "SubstituteDecision" AS ENUM ('PENDING', 'AGREED', 'REFUSED');

-- CreateEnum
CREATE TYPE "CheckInStatus" AS ENUM ('EXPECTED', 'PRESENT_ON_SITE', 'PRESENT_ONLINE', 'ABSENT');

-- CreateEnum
CREATE TYPE "TemplateStatus" AS ENUM ('ACTIVE', 'RETIRED');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "ReviewAction" AS ENUM ('SUBMIT', 'RETURN', 'APPROVE');

-- CreateEnum
CREATE TYPE "ConclusionStatus" AS ENUM ('OPEN', 'DONE');

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameAscii" TEXT NOT NULL,
    "shortName" TEXT,
    "code" TEXT,
    "kind" "UnitKind" NOT NULL,
    "block" "UnitBlock" NOT NULL,
    "parentId" TEXT,
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "contactEmail" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitSuccession" (
    "id" TEXT NOT NULL,
    "fromUnitId" TEXT NOT NULL,
    "toUnitId" TEXT NOT NULL,
    "kind" "SuccessionKind" NOT NULL,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "legalBasis" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitSuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Official" (
    "id" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "nameAscii" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "validTo" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Official_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" TEXT NOT NULL,
    "officialId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConnectionPoint" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameAscii" TEXT NOT NULL,
    "hostUnitId" TEXT NOT NULL,
    "address" TEXT,
    "room" TEXT,
    "capacity" INTEGER,
    "equipment" TEXT,
    "technicianName" TEXT,
    "technicianPhone" TEXT,
    "videoLink" TEXT,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConnectionPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingSeries" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "organiserUnitId" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "startsOn" TIMESTAMP(3) NOT NULL,
    "until" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleAscii" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "mode" "MeetingMode" NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'DRAFT',
    "organiserUnitId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "description" TEXT,
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "cancelReason" TEXT,
    "seriesId" TEXT,
    "templateId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingPoint" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "connectionPointId" TEXT NOT NULL,
    "isMain" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "chairOfficialId" TEXT,
    "secretaryOfficialId" TEXT,
    "techTestAt" TIMESTAMP(3),
    "techTestResult" "TechTestResult" NOT NULL DEFAULT 'PENDING',
    "techTestNote" TEXT,
    "techTestRecordedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "meetingPointId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "invitedOfficialId" TEXT,
    "seats" INTEGER NOT NULL DEFAULT 1,
    "answerDeadline" TIMESTAMP(3),
    "status" "InvitationStatus" NOT NULL DEFAULT 'PENDING',
    "documentNumber" TEXT,
    "sentAt" TIMESTAMP(3),
    "reopenedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvitationResponse" (
    "id" TEXT NOT NULL,
    "invitationId" TEXT NOT NULL,
    "kind" "ResponseKind" NOT NULL,
    "reason" TEXT,
    "forStartsAt" TIMESTAMP(3) NOT NULL,
    "respondedById" TEXT NOT NULL,
    "substituteDecision" "SubstituteDecision",
    "decisionNote" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvitationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendee" (
    "id" TEXT NOT NULL,
    "meetingPointId" TEXT NOT NULL,
    "invitationId" TEXT,
    "responseId" TEXT,
    "fullName" TEXT NOT NULL,
    "title" TEXT,
    "officialId" TEXT,
    "replacesOfficialId" TEXT,
    "walkIn" BOOLEAN NOT NULL DEFAULT false,
    "checkIn" "CheckInStatus" NOT NULL DEFAULT 'EXPECTED',
    "absenceReason" TEXT,
    "checkedInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaTemplate" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "kind" "MeetingKind",
    "description" TEXT,
    "status" "TemplateStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaTemplateItem" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presenterRole" TEXT,
    "durationMinutes" INTEGER NOT NULL DEFAULT 10,
    "optional" BOOLEAN NOT NULL DEFAULT false,
    "minutesSkeleton" TEXT,

    CONSTRAINT "AgendaTemplateItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presenterRole" TEXT,
    "presenterOfficialId" TEXT,
    "durationMinutes" INTEGER NOT NULL DEFAULT 10,
    "minutesSkeleton" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Minutes" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "status" "MinutesStatus" NOT NULL DEFAULT 'DRAFT',
    "documentNumber" TEXT,
    "chairOfficialId" TEXT,
    "secretaryOfficialId" TEXT,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "contentHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesSection" (
    "id" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MinutesSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesRevision" (
    "id" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesReview" (
    "id" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "action" "ReviewAction" NOT NULL,
    "comment" TEXT,
    "byUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unitOfMeasure" TEXT NOT NULL,
    "plan" DOUBLE PRECISION,
    "actual" DOUBLE PRECISION,
    "target" DOUBLE PRECISION,
    "note" TEXT,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conclusion" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "leadUnitId" TEXT,
    "deadline" TIMESTAMP(3),
    "status" "ConclusionStatus" NOT NULL DEFAULT 'OPEN',
    "doneAt" TIMESTAMP(3),
    "doneNote" TEXT,

    CONSTRAINT "Conclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConclusionCooperator" (
    "conclusionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "ConclusionCooperator_pkey" PRIMARY KEY ("conclusionId","unitId")
);

-- CreateTable
CREATE TABLE "ConclusionNotice" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "documentNumber" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "issuedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConclusionNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRegister" (
    "id" TEXT NOT NULL,
    "issuingUnitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "typeCode" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DocumentRegister_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicHoliday" (
    "id" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "PublicHoliday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "AppSetting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_nameAscii_idx" ON "Unit"("nameAscii");

-- CreateIndex
CREATE INDEX "Unit_kind_block_idx" ON "Unit"("kind", "block");

-- CreateIndex
CREATE INDEX "UnitSuccession_toUnitId_idx" ON "UnitSuccession"("toUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitSuccession_fromUnitId_toUnitId_kind_key" ON "UnitSuccession"("fromUnitId", "toUnitId", "kind");

-- CreateIndex
CREATE INDEX "Official_unitId_idx" ON "Official"("unitId");

-- CreateIndex
CREATE INDEX "Official_nameAscii_idx" ON "Official"("nameAscii");

-- CreateIndex
CREATE INDEX "Official_givenName_idx" ON "Official"("givenName");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_officialId_key" ON "User"("officialId");

-- CreateIndex
CREATE INDEX "User_unitId_role_idx" ON "User"("unitId", "role");

-- CreateIndex
CREATE INDEX "ConnectionPoint_hostUnitId_idx" ON "ConnectionPoint"("hostUnitId");

-- CreateIndex
CREATE INDEX "ConnectionPoint_nameAscii_idx" ON "ConnectionPoint"("nameAscii");

-- CreateIndex
CREATE INDEX "MeetingSeries_organiserUnitId_idx" ON "MeetingSeries"("organiserUnitId");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "Meeting_organiserUnitId_startsAt_idx" ON "Meeting"("organiserUnitId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_status_startsAt_idx" ON "Meeting"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_seriesId_idx" ON "Meeting"("seriesId");

-- CreateIndex
CREATE INDEX "Meeting_titleAscii_idx" ON "Meeting"("titleAscii");

-- CreateIndex
CREATE INDEX "MeetingPoint_connectionPointId_idx" ON "MeetingPoint"("connectionPointId");

-- CreateIndex
CREATE INDEX "MeetingPoint_chairOfficialId_idx" ON "MeetingPoint"("chairOfficialId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingPoint_meetingId_connectionPointId_key" ON "MeetingPoint"("meetingId", "connectionPointId");

-- CreateIndex
CREATE INDEX "Invitation_meetingId_idx" ON "Invitation"("meetingId");

-- CreateIndex
CREATE INDEX "Invitation_unitId_status_idx" ON "Invitation"("unitId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_meetingPointId_unitId_key" ON "Invitation"("meetingPointId", "unitId");

-- CreateIndex
CREATE INDEX "InvitationResponse_invitationId_createdAt_idx" ON "InvitationResponse"("invitationId", "createdAt");

-- CreateIndex
CREATE INDEX "Attendee_meetingPointId_checkIn_idx" ON "Attendee"("meetingPointId", "checkIn");

-- CreateIndex
CREATE INDEX "Attendee_invitationId_idx" ON "Attendee"("invitationId");

-- CreateIndex
CREATE INDEX "Attendee_responseId_idx" ON "Attendee"("responseId");

-- CreateIndex
CREATE INDEX "AgendaTemplate_status_idx" ON "AgendaTemplate"("status");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaTemplate_familyId_version_key" ON "AgendaTemplate"("familyId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaTemplateItem_templateId_position_key" ON "AgendaTemplateItem"("templateId", "position");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Minutes_meetingId_key" ON "Minutes"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesSection_minutesId_position_key" ON "MinutesSection"("minutesId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesRevision_minutesId_version_key" ON "MinutesRevision"("minutesId", "version");

-- CreateIndex
CREATE INDEX "MinutesReview_minutesId_createdAt_idx" ON "MinutesReview"("minutesId", "createdAt");

-- CreateIndex
CREATE INDEX "Indicator_meetingId_position_idx" ON "Indicator"("meetingId", "position");

-- CreateIndex
CREATE INDEX "Conclusion_meetingId_position_idx" ON "Conclusion"("meetingId", "position");

-- CreateIndex
CREATE INDEX "Conclusion_leadUnitId_status_deadline_idx" ON "Conclusion"("leadUnitId", "status", "deadline");

-- CreateIndex
CREATE INDEX "ConclusionCooperator_unitId_idx" ON "ConclusionCooperator"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ConclusionNotice_meetingId_key" ON "ConclusionNotice"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRegister_issuingUnitId_year_typeCode_key" ON "DocumentRegister"("issuingUnitId", "year", "typeCode");

-- CreateIndex
CREATE UNIQUE INDEX "PublicHoliday_day_key" ON "PublicHoliday"("day");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_at_idx" ON "AuditLog"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectionPoint" ADD CONSTRAINT "ConnectionPoint_hostUnitId_fkey" FOREIGN KEY ("hostUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSeries" ADD CONSTRAINT "MeetingSeries_organiserUnitId_fkey" FOREIGN KEY ("organiserUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_organiserUnitId_fkey" FOREIGN KEY ("organiserUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "AgendaTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPoint" ADD CONSTRAINT "MeetingPoint_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPoint" ADD CONSTRAINT "MeetingPoint_connectionPointId_fkey" FOREIGN KEY ("connectionPointId") REFERENCES "ConnectionPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPoint" ADD CONSTRAINT "MeetingPoint_chairOfficialId_fkey" FOREIGN KEY ("chairOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPoint" ADD CONSTRAINT "MeetingPoint_secretaryOfficialId_fkey" FOREIGN KEY ("secretaryOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_meetingPointId_fkey" FOREIGN KEY ("meetingPointId") REFERENCES "MeetingPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedOfficialId_fkey" FOREIGN KEY ("invitedOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationResponse" ADD CONSTRAINT "InvitationResponse_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationResponse" ADD CONSTRAINT "InvitationResponse_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationResponse" ADD CONSTRAINT "InvitationResponse_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_meetingPointId_fkey" FOREIGN KEY ("meetingPointId") REFERENCES "MeetingPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "InvitationResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_replacesOfficialId_fkey" FOREIGN KEY ("replacesOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaTemplateItem" ADD CONSTRAINT "AgendaTemplateItem_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "AgendaTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_presenterOfficialId_fkey" FOREIGN KEY ("presenterOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_chairOfficialId_fkey" FOREIGN KEY ("chairOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_secretaryOfficialId_fkey" FOREIGN KEY ("secretaryOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesSection" ADD CONSTRAINT "MinutesSection_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesRevision" ADD CONSTRAINT "MinutesRevision_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesRevision" ADD CONSTRAINT "MinutesRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesReview" ADD CONSTRAINT "MinutesReview_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesReview" ADD CONSTRAINT "MinutesReview_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conclusion" ADD CONSTRAINT "Conclusion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conclusion" ADD CONSTRAINT "Conclusion_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConclusionCooperator" ADD CONSTRAINT "ConclusionCooperator_conclusionId_fkey" FOREIGN KEY ("conclusionId") REFERENCES "Conclusion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConclusionCooperator" ADD CONSTRAINT "ConclusionCooperator_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConclusionNotice" ADD CONSTRAINT "ConclusionNotice_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRegister" ADD CONSTRAINT "DocumentRegister_issuingUnitId_fkey" FOREIGN KEY ("issuingUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
