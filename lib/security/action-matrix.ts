// Who may call each server action, and a valid input aimed at a fresh scene's records (lib/security/world.ts).
// The authorisation matrix calls every action as every caller of the world and requires everyone not
// listed to be refused with nothing written, and each one listed to succeed; the input fuzz starts from
// these inputs. An action found in the code without an entry here fails the suite: add one line,
//   myNewAction: may(ORGANISER, async (s) => ({ meetingId: (await s.draft()).meetingId, … })),
// naming who may call it and an input that would succeed for them.
import { COLUMNS } from "@/lib/import/columns";
import { csvOf } from "@/lib/import/sample-files";
import { REMOTE_CREDENTIAL, SIGNED_IN, type ActorName, type Scene } from "./world";

export interface ActionCase {
  /** Who may call it: every other caller must be refused. "anyone" admits the signed out too. */
  allowed: readonly ActorName[] | "anyone";
  /** An input that succeeds for the allowed caller, aimed at records of the scene. */
  input: (s: Scene, caller: ActorName) => unknown;
  /** A catalogue key that also counts as a refusal here (a field error such as "not your unit"). */
  refusal?: string;
  /**
   * The target lives in a registry every secretariat reads (connection points): another organisation
   * may be told "not yours" rather than "not found".
   */
  shared?: true;
  /**
   * The caller's own account (no id in the input: the session is the account). A success may end the
   * caller's sessions or change their password, so the world gives both back after it.
   */
  ownAccount?: true;
}

const may = (allowed: ActionCase["allowed"], input: ActionCase["input"], extra: Partial<ActionCase> = {}) => ({
  allowed,
  input,
  ...extra,
});

/** A plain form post, as a progressively enhanced form sends it. */
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const ADMIN: readonly ActorName[] = ["admin"];
/** The organiser's secretariat (the town's) and administrators. */
const ORGANISER: readonly ActorName[] = ["admin", "secretariat"];
/** …and, for the second point, the secretariat of the ward hosting it. */
const HOST: readonly ActorName[] = [...ORGANISER, "hostSecretariat"];
/** Installation-wide registries every secretariat manages (agenda templates). */
const SECRETARIATS: readonly ActorName[] = [...HOST, "foreignSecretariat"];

/** Everyone the sent meeting is visible to: its secretariats, the chairs of its points, the invited units. */
const SEES_MEETING: readonly ActorName[] = [...HOST, "chair", "otherChair", "unitRep", "otherWardRep"];

/** A new password that passes the policy (long, not common, not the e-mail's name). */
const NEW_PASSWORD = "Biển Cửa Lò xanh ngắt mùa hè";
const DEMO_PASSWORD = "demo1234";

/** A units import file of one line: a new ward of the town. */
function unitsFile(s: Scene): File {
  const values: Record<string, string> = {
    name: `Phường ${s.marker}`,
    kind: "Phường",
    block: "Khối chính quyền",
    parent: "Thị xã Cửa Lò",
  };
  const header = COLUMNS.UNITS.map((c) => c.header);
  return new File([csvOf([header, COLUMNS.UNITS.map((c) => values[c.field] ?? "")])], "don-vi.csv");
}

const officialFields = (s: Scene, unitId: string) => ({
  fullName: `Trần Văn ${s.marker}`,
  email: "",
  phone: "",
  title: "Chuyên viên",
  unitId,
  validFrom: "",
});
type OfficialScene = Awaited<ReturnType<Scene["official"]>>;
const officialEdit = (s: Scene, o: OfficialScene) => ({
  id: o.id,
  version: o.version,
  fullName: `Nguyễn Văn ${s.marker} (đã sửa)`,
  email: "",
  phone: "",
  title: o.title,
  unitId: o.unitId,
});
const officialMove = (s: Scene, o: OfficialScene) => ({
  id: o.id,
  version: o.version,
  title: "Phó Trưởng phòng",
  unitId: o.unitId,
  effectiveOn: s.day(0),
});
const handOver = (c: Awaited<ReturnType<Scene["ceasedUnit"]>>) => ({
  unitId: c.unitId,
  successorId: c.successorId,
  invitationIds: [c.invitationId],
  taskIds: [],
});
const officialEnd = (s: Scene, o: OfficialScene) => ({ id: o.id, version: o.version, effectiveOn: s.day(0) });

const meetingFields = (s: Scene, start: string, end: string) => ({
  title: `Hội nghị sơ kết ${s.marker}`,
  kind: "THEMATIC",
  mode: "ON_SITE",
  organiserUnitId: s.ids.town,
  startsAt: s.at(start),
  endsAt: s.at(end),
});
const templateFields = (s: Scene) => ({
  name: `Mẫu giao ban ${s.marker}`,
  kind: "BRIEFING",
  items: [{ title: "Khai mạc", durationMinutes: 10 }],
});

export const ACTION_MATRIX: Record<string, ActionCase | ActionCase[]> = {
  // lib/agenda
  applyTemplateAction: may(ORGANISER, async (s) => {
    const d = await s.draft();
    return {
      meetingId: d.meetingId,
      templateId: s.ids.template,
      replace: true,
      loadedIds: d.agendaItems.map((i) => i.id),
    };
  }),
  addAgendaItemAction: may(ORGANISER, async (s) => ({
    meetingId: (await s.draft()).meetingId,
    title: "Báo cáo kết quả",
    durationMinutes: 15,
  })),
  updateAgendaItemAction: may(ORGANISER, async (s) => ({
    itemId: (await s.draft()).agendaItems[0]!.id,
    version: (await s.draft()).agendaItems[0]!.version,
    title: "Khai mạc hội nghị",
    durationMinutes: 15,
  })),
  removeAgendaItemAction: may(ORGANISER, async (s) => {
    const [item] = (await s.draft()).agendaItems;
    return { itemId: item!.id, version: item!.version };
  }),
  reorderAgendaAction: may(ORGANISER, async (s) => {
    const [a, b] = (await s.draft()).agendaItems.map((i) => i.id);
    return { meetingId: (await s.draft()).meetingId, loadedOrder: [a, b], itemIds: [b, a] };
  }),
  // lib/api-tokens
  createApiTokenAction: may(SIGNED_IN, () => ({
    name: "Lịch của văn phòng",
    lifetimeDays: 90,
    password: DEMO_PASSWORD,
  })),
  revokeApiTokenAction: may(["unitRep"], async (s) => ({ id: (await s.apiToken()).id })),
  // lib/attendance
  markAttendanceAction: may(ORGANISER, async (s) => ({
    attendeeId: (await s.today()).attendeeId,
    status: "PRESENT_ON_SITE",
  })),
  addWalkInAction: may(ORGANISER, async (s) => ({
    meetingPointId: (await s.today()).mainPointId,
    fullName: "Lê Văn Khách",
    title: "Chuyên viên",
  })),
  // lib/calendar
  createCalendarFeedAction: may(SIGNED_IN, () => ({})),
  // lib/conclusions
  markDoneAction: may(["admin", "secretariat", "unitRep"], async (s) => await s.task("OPEN")),
  reopenAction: may(["admin", "secretariat", "unitRep"], async (s) => await s.task("DONE")),
  // lib/holidays
  createHolidayAction: may(ADMIN, (s) => ({ day: s.day(1), name: "Ngày lễ của địa phương", kind: "HOLIDAY" })),
  updateHolidayAction: may(ADMIN, async (s) => {
    const h = await s.holiday();
    return { id: h.id, version: h.version, day: h.day, name: "Ngày lễ (đã sửa)", kind: "HOLIDAY" };
  }),
  removeHolidayAction: may(ADMIN, async (s) => {
    const h = await s.holiday();
    return { id: h.id, version: h.version };
  }),
  prefillHolidaysAction: may(ADMIN, (s) => ({ year: 1970 + (s.n % 30), days: [`${1970 + (s.n % 30)}-01-01`] })),
  // lib/i18n
  switchLocale: may("anyone", () => ({ locale: "en" })),
  switchLocaleFromForm: may("anyone", () => form({ locale: "en" })),
  // lib/import: the administrators' bulk import of units, officials and accounts.
  checkImportAction: may(ADMIN, (s) => {
    const data = new FormData();
    data.append("kind", "UNITS");
    data.append("file", unitsFile(s));
    return data;
  }),
  applyImportAction: may(ADMIN, async (s) => await s.importJob()),
  discardImportAction: may(ADMIN, async (s) => await s.importJob()),
  // lib/indicators
  saveIndicatorsAction: may(ORGANISER, async (s) => ({
    meetingId: (await s.draft()).meetingId,
    loadedIds: [],
    rows: [{ name: "Số lao động được tạo việc làm", unitOfMeasure: "người", plan: "45.000", actual: "", target: "" }],
  })),
  // lib/invitations
  answerFromForm: may(["unitRep"], async (s) =>
    form({
      invitationId: (await s.sent()).invitationId,
      kind: "CONFIRM",
      attendeeName: "Trần Thị Lan",
      attendeeTitle: "",
    }),
  ),
  decideFromForm: may(["chair"], async (s) =>
    form({ responseId: (await s.sent()).substituteResponseId, decision: "AGREED" }),
  ),
  reopenInvitationAction: may(ORGANISER, async (s) => ({ invitationId: (await s.sent()).invitationId })),
  // lib/mail
  retryOutboxMessageAction: may(ADMIN, async (s) => await s.failedMail()),
  // lib/meetings
  createMeetingAction: may(ORGANISER, (s) => meetingFields(s, "06:00", "07:00"), {
    refusal: "scheduling.validation.notYourUnit",
  }),
  updateMeetingAction: may(ORGANISER, async (s) => {
    const d = await s.draft();
    return { id: d.meetingId, version: d.version, ...meetingFields(s, "08:30", "10:00") };
  }),
  cancelMeetingAction: may(ORGANISER, async (s) => ({
    id: (await s.draft()).meetingId,
    version: (await s.draft()).version,
    reason: "Trùng lịch họp của tỉnh",
  })),
  duplicateMeetingAction: may(ORGANISER, async (s) => ({ id: (await s.draft()).meetingId, startsAt: s.at("17:00") })),
  addPointAction: may(ORGANISER, async (s) => ({
    meetingId: (await s.draft()).meetingId,
    connectionPointId: (await s.connectionPoint(false)).id,
  })),
  updatePointAction: [
    may(ORGANISER, async (s) => ({
      pointId: (await s.draft()).mainPointId,
      isMain: true,
      chairOfficialId: s.ids.phuc,
    })),
    may(HOST, async (s) => ({ pointId: (await s.draft()).hubPointId, chairOfficialId: s.ids.wardChair })),
  ],
  removePointAction: [
    may(ORGANISER, async (s) => ({ pointId: (await s.draft()).mainPointId })),
    may(HOST, async (s) => ({ pointId: (await s.draft()).hubPointId })),
  ],
  recordTechTestAction: [
    may(ORGANISER, async (s) => ({ pointId: (await s.draft()).mainPointId, result: "READY" })),
    may(HOST, async (s) => ({ pointId: (await s.draft()).hubPointId, result: "PROBLEM", note: "Mất tiếng" })),
  ],
  inviteUnitsAction: [
    may(ORGANISER, async (s) => ({
      meetingPointId: (await s.draft()).mainPointId,
      how: "units",
      unitIds: [s.ids.labourOffice],
      seats: 1,
    })),
    may(HOST, async (s) => ({
      meetingPointId: (await s.draft()).hubPointId,
      how: "units",
      unitIds: [s.ids.thuThuy],
      seats: 2,
    })),
  ],
  removeInvitationAction: may(ORGANISER, async (s) => ({ invitationId: (await s.draft()).invitationId })),
  sendInvitationsAction: may(ORGANISER, async (s) => ({
    meetingId: (await s.draft()).meetingId,
    version: (await s.draft()).version,
  })),
  // lib/meeting-documents: the organiser's secretariat keeps every document of its meetings, a hosting
  // secretariat those it added for its own points; an invited unit contributes while an agenda item asks;
  // the readers are the document's audience. Each upload named is the caller's own.
  createDocumentAction: [
    may(ORGANISER, async (s, caller) => ({
      meetingId: (await s.documents()).meetingId,
      uploadId: await s.upload(caller),
      title: `Đề cương báo cáo ${s.marker}`,
      audience: "POINTS",
      pointIds: [(await s.documents()).mainPointId],
    })),
    may(HOST, async (s, caller) => ({
      meetingId: (await s.documents()).meetingId,
      uploadId: await s.upload(caller),
      agendaItemId: (await s.documents()).agendaItem.id,
      title: `Tài liệu điểm cầu phường ${s.marker}`,
      audience: "POINTS",
      pointIds: [(await s.documents()).hubPointId],
      confidential: "on",
    })),
  ],
  addVersionAction: [
    may(ORGANISER, async (s, caller) => ({
      documentId: (await s.documents()).organiserDocument.id,
      version: (await s.documents()).organiserDocument.version,
      uploadId: await s.upload(caller),
      changeNote: "Cập nhật số liệu",
    })),
    may(HOST, async (s, caller) => ({
      documentId: (await s.documents()).hostDocument.id,
      version: (await s.documents()).hostDocument.version,
      uploadId: await s.upload(caller),
      changeNote: "Bổ sung danh sách",
    })),
    // A unit sends its contribution again until the deadline; the organiser's secretariat may replace it.
    may([...ORGANISER, "unitRep"], async (s, caller) => ({
      documentId: (await s.documents()).contribution.id,
      version: (await s.documents()).contribution.version,
      uploadId: await s.upload(caller),
      changeNote: "Sửa số liệu",
    })),
  ],
  // Every unit invited to the meeting (at any point) may contribute to an item that asks for it.
  contributeAction: may(["unitRep", "otherWardRep"], async (s, caller) => ({
    agendaItemId: (await s.documents()).agendaItem.id,
    uploadId: await s.upload(caller),
    title: `Tham luận ${s.marker}`,
  })),
  contributionDeadlineAction: may(ORGANISER, async (s) => ({
    agendaItemId: (await s.documents()).agendaItem.id,
    version: (await s.documents()).agendaItem.version,
    dueAt: s.at("07:00"),
  })),
  reviewContributionAction: may(ORGANISER, async (s) => ({
    documentId: (await s.documents()).contribution.id,
    version: (await s.documents()).contribution.version,
    decision: "RETURN",
    note: "Bổ sung số liệu quý IV",
  })),
  markReadAction: [
    may(SEES_MEETING, async (s) => ({ documentId: (await s.documents()).organiserDocument.id })),
    may(SEES_MEETING, async (s) => ({ documentId: (await s.documents()).confidential.id })),
    // The second point's document: its host, its chair and the unit invited there, besides the organiser.
    may([...HOST, "otherChair", "otherWardRep"], async (s) => ({
      documentId: (await s.documents()).hostDocument.id,
    })),
    // A contribution waiting for review: the unit that sent it and the organiser's secretariat.
    may([...ORGANISER, "unitRep"], async (s) => ({ documentId: (await s.documents()).contribution.id })),
  ],
  // lib/minutes
  generateMinutesAction: [
    may(ORGANISER, async (s) => ({ meetingPointId: (await s.held()).mainPointId })),
    may(HOST, async (s) => ({ meetingPointId: (await s.held()).hubPointId })),
  ],
  saveSectionAction: may(ORGANISER, async (s) => {
    const m = await s.minutes("DRAFT");
    return {
      minutesId: m.minutesId,
      sectionId: m.section.id,
      version: m.section.version,
      heading: "Thành phần",
      body: "Có mặt",
    };
  }),
  updateHeaderAction: may(ORGANISER, async (s) => ({
    minutesId: (await s.minutes("DRAFT")).minutesId,
    version: (await s.minutes("DRAFT")).version,
    startedAt: s.at("08:00"),
    endedAt: s.at("10:30"),
    place: "Hội trường UBND thị xã",
    secretaryName: "Nguyễn Thị Hà",
  })),
  addConclusionAction: may(ORGANISER, async (s) => ({
    minutesId: (await s.minutes("DRAFT")).minutesId,
    content: "Phòng Lao động rà soát danh sách",
    leadUnitId: s.ids.labourOffice,
  })),
  updateConclusionAction: may(ORGANISER, async (s) => ({
    ...(await s.minutes("DRAFT")).conclusion,
    content: "Phường Nghi Hải hoàn thành rà soát trước ngày 30",
    leadUnitId: s.ids.nghiHai,
  })),
  removeConclusionAction: may(ORGANISER, async (s) => (await s.minutes("DRAFT")).conclusion),
  submitMinutesAction: may(ORGANISER, async (s) => {
    const m = await s.minutes("DRAFT");
    return { minutesId: m.minutesId, version: m.version };
  }),
  returnMinutesAction: may(["chair"], async (s) => {
    const m = await s.minutes("SUBMITTED");
    return { minutesId: m.minutesId, version: m.version, comment: "Bổ sung ý kiến của các phường" };
  }),
  approveMinutesAction: may(["chair"], async (s) => {
    const m = await s.minutes("SUBMITTED");
    return { minutesId: m.minutesId, version: m.version };
  }),
  // Every chair and secretariat of the meeting reads its minutes; checking them only writes the audit row.
  verifyMinutesAction: may([...HOST, "chair", "otherChair"], async (s) => ({
    minutesId: (await s.minutes("APPROVED")).minutesId,
  })),
  issueNoticeAction: may(ORGANISER, async (s) => ({ minutesId: (await s.minutes("APPROVED")).minutesId })),
  // lib/officials: kept by the administrators and by the secretariat of the official's unit or of the unit
  // above it (the town's keeps its wards' people). The registry is read by every secretariat: another
  // organisation may be told the official or the unit is not its own rather than "not found".
  createOfficialAction: [
    may(ORGANISER, (s) => officialFields(s, s.ids.town), {
      refusal: "officialAdmin.validation.unitNotYours",
      shared: true,
    }),
    may(HOST, (s) => officialFields(s, s.ids.nghiHai), {
      refusal: "officialAdmin.validation.unitNotYours",
      shared: true,
    }),
  ],
  updateOfficialAction: [
    may(ORGANISER, async (s) => officialEdit(s, await s.official("town")), { shared: true }),
    may(HOST, async (s) => officialEdit(s, await s.official("ward")), { shared: true }),
  ],
  moveOfficialAction: [
    may(ORGANISER, async (s) => officialMove(s, await s.official("town")), { shared: true }),
    may(HOST, async (s) => officialMove(s, await s.official("ward")), { shared: true }),
  ],
  endAppointmentAction: [
    may(ORGANISER, async (s) => officialEnd(s, await s.official("town")), { shared: true }),
    may(HOST, async (s) => officialEnd(s, await s.official("ward")), { shared: true }),
  ],
  // lib/notifications
  markAllReadAction: may(SIGNED_IN, () => ({})),
  markAllReadFromForm: may(SIGNED_IN, () => form({})),
  // lib/points
  // Units are a registry every secretariat reads: another organisation may be told the host is not its own.
  createConnectionPointAction: may(ORGANISER, (s) => ({ name: `Phòng họp mới ${s.marker}`, hostUnitId: s.ids.town }), {
    refusal: "pointAdmin.validation.hostNotYours",
    shared: true,
  }),
  updateConnectionPointAction: may(
    ORGANISER,
    async (s) => ({ ...(await s.connectionPoint(false)), name: `Phòng họp lớn ${s.marker}`, hostUnitId: s.ids.town }),
    { shared: true },
  ),
  retireConnectionPointAction: may(ORGANISER, async (s) => ({ id: (await s.connectionPoint(false)).id }), {
    shared: true,
  }),
  restoreConnectionPointAction: may(ORGANISER, async (s) => ({ id: (await s.connectionPoint(true)).id }), {
    shared: true,
  }),
  // lib/reminders
  remindUnansweredAction: may(ORGANISER, async (s) => ({ meetingId: (await s.sent()).meetingId })),
  // lib/settings
  updateSettingsAction: may(ADMIN, async (s) => ({
    organisationName: `UBND thị xã Cửa Lò ${s.marker}`,
    reminderHours: "24",
    mailFrom: "",
    loaded: await s.settings(),
  })),
  sendTestEmailAction: may(ADMIN, () => ({ to: "kiemtra@hoinghi.local" })),
  // lib/signatures: certificates and trusted roots are the administrators'; the chair at the minutes' point
  // signs them (with their own certificate); anyone signed in may check a file.
  registerCertificateAction: may(ADMIN, (s) => ({
    label: `Dấu của phường ${s.marker}`,
    officialId: "",
    unitId: s.ids.nghiHoa,
    ...s.pkcs12(),
  })),
  registerRemoteCertificateAction: may(ADMIN, (s) => ({
    label: `Ký từ xa ${s.marker}`,
    credentialId: REMOTE_CREDENTIAL,
    officialId: s.ids.townSecretary,
    unitId: "",
  })),
  retireCertificateAction: may(ADMIN, async (s) => ({ certificateId: (await s.signingCertificate()).id })),
  addTrustedRootAction: may(ADMIN, (s) => ({ name: `Gốc ${s.marker}`, file: s.rootCertificate() })),
  removeTrustedRootAction: may(ADMIN, async (s) => ({ rootId: (await s.trustedRoot()).id })),
  signMinutesAction: [
    may(["chair"], async (s) => ({ minutesId: (await s.minutes("APPROVED")).minutesId })),
    may(["otherChair"], async (s) => ({ minutesId: (await s.hubMinutes()).minutesId })),
  ],
  verifyUploadAction: may(SIGNED_IN, (s) => ({ file: s.pdf() })),
  // lib/templates
  createTemplateAction: may(SECRETARIATS, (s) => templateFields(s)),
  updateTemplateAction: may(SECRETARIATS, async (s) => ({ ...(await s.template(false)), ...templateFields(s) })),
  copyTemplateAction: may(SECRETARIATS, async (s) => ({
    id: (await s.template(false)).id,
    name: `Bản sao ${s.marker}`,
  })),
  retireTemplateAction: may(SECRETARIATS, async (s) => ({ id: (await s.template(false)).id })),
  restoreTemplateAction: may(SECRETARIATS, async (s) => ({ id: (await s.template(true)).id })),
  // lib/units
  createUnitAction: may(ADMIN, (s) => ({
    name: `Phường ${s.marker}`,
    kind: "WARD",
    block: "GOVERNMENT",
    parentId: s.ids.town,
  })),
  updateUnitAction: may(ADMIN, async (s) => {
    const u = await s.unit();
    return {
      id: u.id,
      version: u.version,
      name: `${u.name} (đã sửa)`,
      shortName: "",
      documentSymbol: "UBND",
      placeName: "Cửa Lò",
      contactEmail: "vanthu@hoinghi.local",
      parentId: s.ids.town,
      block: "GOVERNMENT",
    };
  }),
  recordUnitChangeAction: may(ADMIN, async (s) => ({
    change: "rename",
    ceasingUnitIds: [(await s.unit()).id],
    successorIds: [],
    newUnits: [{ name: `Phường ${s.marker} mới`, shortName: "" }],
    effectiveOn: s.day(0),
    legalBasis: "Nghị quyết 1243/NQ-UBTVQH15",
  })),
  // The secretariat running a meeting moves its invitations; a point's host those at its point.
  handOverAction: [
    may(ORGANISER, async (s) => handOver(await s.ceasedUnit("main"))),
    may(HOST, async (s) => handOver(await s.ceasedUnit("hub"))),
  ],
  // lib/users: accounts are the administrators'; each person keeps their own (no id: the session is the account).
  createUserAction: may(ADMIN, (s) => ({
    name: `Cán bộ ${s.marker}`,
    email: `can-bo-${s.marker.toLowerCase()}@matrix.test`,
    role: "UNIT_REP",
    unitId: s.ids.nghiHoa,
    officialId: "",
  })),
  updateUserAction: may(ADMIN, async (s) => {
    const a = await s.account();
    return {
      id: a.id,
      version: a.version,
      name: `Cán bộ ${s.marker} (đã sửa)`,
      email: a.email,
      role: "UNIT_REP",
      unitId: a.unitId,
      officialId: "",
    };
  }),
  setUserActiveAction: may(ADMIN, async (s) => {
    const a = await s.account();
    return { id: a.id, version: a.version, active: false };
  }),
  sendPasswordLinkAction: may(ADMIN, async (s) => ({ id: (await s.account()).id })),
  // The token in the link is the credential: whoever holds it, signed in or not.
  setPasswordAction: may("anyone", async (s) => ({
    token: await s.passwordLink(),
    password: NEW_PASSWORD,
    confirm: NEW_PASSWORD,
  })),
  changePasswordAction: may(
    SIGNED_IN,
    () => ({ current: DEMO_PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD }),
    { ownAccount: true },
  ),
  signOutEverywhereAction: may(SIGNED_IN, () => ({}), { ownAccount: true }),
  updateProfileAction: may(
    SIGNED_IN,
    async (s, caller) => {
      const own = await s.ownAccount(caller);
      return { version: own.version, name: own.name, phone: "0238 3824 567", notificationEmail: "" };
    },
    { ownAccount: true },
  ),
};

/** An action's cases as a list. */
export const casesOf = (entry: ActionCase | ActionCase[]): ActionCase[] => (Array.isArray(entry) ? entry : [entry]);
