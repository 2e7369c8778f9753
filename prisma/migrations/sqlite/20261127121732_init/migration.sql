-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameAscii" TEXT NOT NULL,
    "shortName" TEXT,
    "code" TEXT,
    "kind" TEXT NOT NULL,
    "block" TEXT NOT NULL,
    "parentId" TEXT,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "contactEmail" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UnitSuccession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fromUnitId" TEXT NOT NULL,
    "toUnitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "effectiveAt" DATETIME NOT NULL,
    "legalBasis" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UnitSuccession_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "UnitSuccession_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Official" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fullName" TEXT NOT NULL,
    "nameAscii" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "validTo" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Official_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "officialId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "User_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConnectionPoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ConnectionPoint_hostUnitId_fkey" FOREIGN KEY ("hostUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingSeries" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "organiserUnitId" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "startsOn" DATETIME NOT NULL,
    "until" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingSeries_organiserUnitId_fkey" FOREIGN KEY ("organiserUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "titleAscii" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "organiserUnitId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "description" TEXT,
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "cancelReason" TEXT,
    "seriesId" TEXT,
    "templateId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_organiserUnitId_fkey" FOREIGN KEY ("organiserUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Meeting_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Meeting_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "AgendaTemplate" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingPoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "connectionPointId" TEXT NOT NULL,
    "isMain" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "chairOfficialId" TEXT,
    "secretaryOfficialId" TEXT,
    "techTestAt" DATETIME,
    "techTestResult" TEXT NOT NULL DEFAULT 'PENDING',
    "techTestNote" TEXT,
    "techTestRecordedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MeetingPoint_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingPoint_connectionPointId_fkey" FOREIGN KEY ("connectionPointId") REFERENCES "ConnectionPoint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingPoint_chairOfficialId_fkey" FOREIGN KEY ("chairOfficialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MeetingPoint_secretaryOfficialId_fkey" FOREIGN KEY ("secretaryOfficialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "meetingPointId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "invitedOfficialId" TEXT,
    "seats" INTEGER NOT NULL DEFAULT 1,
    "answerDeadline" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "documentNumber" TEXT,
    "sentAt" DATETIME,
    "reopenedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Invitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invitation_meetingPointId_fkey" FOREIGN KEY ("meetingPointId") REFERENCES "MeetingPoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invitation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invitation_invitedOfficialId_fkey" FOREIGN KEY ("invitedOfficialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InvitationResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "invitationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT,
    "forStartsAt" DATETIME NOT NULL,
    "respondedById" TEXT NOT NULL,
    "substituteDecision" TEXT,
    "decisionNote" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InvitationResponse_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InvitationResponse_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InvitationResponse_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attendee" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingPointId" TEXT NOT NULL,
    "invitationId" TEXT,
    "responseId" TEXT,
    "fullName" TEXT NOT NULL,
    "title" TEXT,
    "officialId" TEXT,
    "replacesOfficialId" TEXT,
    "walkIn" BOOLEAN NOT NULL DEFAULT false,
    "checkIn" TEXT NOT NULL DEFAULT 'EXPECTED',
    "absenceReason" TEXT,
    "checkedInAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attendee_meetingPointId_fkey" FOREIGN KEY ("meetingPointId") REFERENCES "MeetingPoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attendee_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attendee_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "InvitationResponse" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attendee_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attendee_replacesOfficialId_fkey" FOREIGN KEY ("replacesOfficialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaTemplate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "kind" TEXT,
    "description" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AgendaTemplateItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "templateId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presenterRole" TEXT,
    "durationMinutes" INTEGER NOT NULL DEFAULT 10,
    "optional" BOOLEAN NOT NULL DEFAULT false,
    "minutesSkeleton" TEXT,
    CONSTRAINT "AgendaTemplateItem_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "AgendaTemplate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presenterRole" TEXT,
    "presenterOfficialId" TEXT,
    "durationMinutes" INTEGER NOT NULL DEFAULT 10,
    "minutesSkeleton" TEXT,
    CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_presenterOfficialId_fkey" FOREIGN KEY ("presenterOfficialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Minutes" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "documentNumber" TEXT,
    "chairOfficialId" TEXT,
    "secretaryOfficialId" TEXT,
    "startedAt" DATETIME,
    "endedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "approvedAt" DATETIME,
    "approvedById" TEXT,
    "contentHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Minutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Minutes_chairOfficialId_fkey" FOREIGN KEY ("chairOfficialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Minutes_secretaryOfficialId_fkey" FOREIGN KEY ("secretaryOfficialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MinutesSection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "minutesId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "MinutesSection_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MinutesRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "minutesId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MinutesRevision_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MinutesRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MinutesReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "minutesId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "comment" TEXT,
    "byUserId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MinutesReview_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MinutesReview_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unitOfMeasure" TEXT NOT NULL,
    "plan" REAL,
    "actual" REAL,
    "target" REAL,
    "note" TEXT,
    CONSTRAINT "Indicator_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Conclusion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "leadUnitId" TEXT,
    "deadline" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "doneAt" DATETIME,
    "doneNote" TEXT,
    CONSTRAINT "Conclusion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conclusion_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConclusionCooperator" (
    "conclusionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    PRIMARY KEY ("conclusionId", "unitId"),
    CONSTRAINT "ConclusionCooperator_conclusionId_fkey" FOREIGN KEY ("conclusionId") REFERENCES "Conclusion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConclusionCooperator_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConclusionNotice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "documentNumber" TEXT,
    "dueAt" DATETIME NOT NULL,
    "issuedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConclusionNotice_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentRegister" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issuingUnitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "typeCode" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "DocumentRegister_issuingUnitId_fkey" FOREIGN KEY ("issuingUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PublicHoliday" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "day" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" TEXT,
    "after" TEXT,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppSetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
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
