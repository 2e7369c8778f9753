import type { Db } from "@/lib/db/connect";
import type { UnitBlock, UnitKind } from "@/lib/db/generated/sqlite/enums";
import { hashPassword } from "@/lib/auth/password";
import { givenNameOf, searchKey } from "@/lib/text/normalize";
import { dayKey, startOfDay } from "@/lib/datetime/vietnam";
import { demoDays } from "./calendar";
import { formatDocumentNumber, registerYear } from "@/lib/documents/numbering";
import { contentHash } from "@/lib/minutes/content";
import { storedContent } from "@/lib/minutes/snapshot";
import { DEMO_PASSWORD, DEMO_SETTING } from "./accounts";
import { AGENDA_TEMPLATES, createAgendaTemplates } from "./templates";
import { conclusionNoticeDueDay, PLAIN_WEEKS } from "@/lib/calendar/working-days";
import { toICalendarRecurrence } from "@/lib/meetings/recurrence";
import { ruleFromFirstOccurrence } from "@/lib/meetings/series";

// Demo data for the story in shared/domain.md: Nghệ An's online year-end review of 27/12/2022, its main
// point and the Cửa Lò point. The two chairs come from the press report; every other person is
// illustrative. The demo keeps the 2022 map of Cửa Lò current so the story can be replayed (in reality
// the town merged into Vinh on 1/12/2024); history is shown on the provincial labour department,
// merged into the Department of Home Affairs on 1/3/2025.

type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const at = (iso: string) => new Date(iso);
/** A wall-clock time in Vietnam on a day N days from `from` ("HH:mm"). */
function vnTime(from: Date, days: number, hhmm: string): Date {
  const day = new Date(startOfDay(dayKey(from)).getTime() + days * 86_400_000 + 12 * 3_600_000); // noon avoids edge days
  return new Date(`${dayKey(day)}T${hhmm}:00+07:00`);
}

/**
 * A document number of the issuing body's yearly register, with the register kept in step: documents
 * the app issues later continue from it, as they would after the văn phòng's earlier paper letters.
 */
async function registered(tx: Tx, issuingUnitId: string, typeCode: string, issuedAt: Date, number: number) {
  const year = registerYear(issuedAt);
  await tx.documentRegister.upsert({
    where: { issuingUnitId_year_typeCode: { issuingUnitId, year, typeCode } },
    create: { issuingUnitId, year, typeCode, lastNumber: number },
    update: { lastNumber: number },
  });
  return formatDocumentNumber({ number, typeCode, issuerCode: "UBND" });
}

export async function seedDemo(tx: Tx, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  async function unit(
    name: string,
    kind: UnitKind,
    block: UnitBlock,
    parentId: string | null,
    extra: {
      shortName?: string;
      documentSymbol?: string;
      placeName?: string;
      validTo?: Date;
      validFrom?: Date;
      contactEmail?: string;
    } = {},
  ) {
    const u = await tx.unit.create({ data: { name, nameAscii: searchKey(name), kind, block, parentId, ...extra } });
    return u.id;
  }
  async function official(fullName: string, title: string, unitId: string) {
    const o = await tx.official.create({
      data: { fullName, nameAscii: searchKey(fullName), givenName: givenNameOf(fullName), title, unitId },
    });
    return o.id;
  }

  // ── Units ──
  const province = await unit("Tỉnh Nghệ An", "PROVINCE", "GOVERNMENT", null, {
    shortName: "UBND tỉnh Nghệ An",
    documentSymbol: "UBND",
    placeName: "Nghệ An",
  });
  await unit("Văn phòng UBND tỉnh", "OFFICE", "GOVERNMENT", province);
  const labourMerge = at("2025-02-28T17:00:00Z"); // 01/03/2025 00:00 in Vietnam
  const labourDept = await unit("Sở Lao động - Thương binh và Xã hội", "OFFICE", "GOVERNMENT", province, {
    validTo: labourMerge,
  });
  const homeAffairs = await unit("Sở Nội vụ", "OFFICE", "GOVERNMENT", province);
  await tx.unitSuccession.create({
    data: {
      fromUnitId: labourDept,
      toUnitId: homeAffairs,
      kind: "MERGED_INTO",
      effectiveAt: labourMerge,
      legalBasis: "Sắp xếp tổ chức bộ máy năm 2025",
    },
  });
  const provinceFront = await unit("Ủy ban MTTQ Việt Nam tỉnh", "FRONT", "FRONT_AND_MASS", province);

  const town = await unit("Thị xã Cửa Lò", "DISTRICT", "GOVERNMENT", province, {
    shortName: "UBND thị xã Cửa Lò",
    documentSymbol: "UBND",
    placeName: "Cửa Lò",
  });
  const townUnits = {
    office: await unit("Văn phòng HĐND và UBND thị xã", "OFFICE", "GOVERNMENT", town),
    labour: await unit("Phòng Lao động - Thương binh và Xã hội thị xã", "OFFICE", "GOVERNMENT", town),
    finance: await unit("Phòng Tài chính - Kế hoạch thị xã", "OFFICE", "GOVERNMENT", town),
    front: await unit("Ủy ban MTTQ Việt Nam thị xã", "FRONT", "FRONT_AND_MASS", town),
    labourFederation: await unit("Liên đoàn Lao động thị xã", "MASS_ORGANISATION", "FRONT_AND_MASS", town),
    women: await unit("Hội Liên hiệp Phụ nữ thị xã", "MASS_ORGANISATION", "FRONT_AND_MASS", town),
    youth: await unit("Thị đoàn Cửa Lò", "MASS_ORGANISATION", "FRONT_AND_MASS", town),
    veterans: await unit("Hội Cựu chiến binh thị xã", "MASS_ORGANISATION", "FRONT_AND_MASS", town),
    farmers: await unit("Hội Nông dân thị xã", "MASS_ORGANISATION", "FRONT_AND_MASS", town),
    vocational: await unit(
      "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã",
      "CENTRE",
      "PUBLIC_SERVICE",
      town,
    ),
    school: await unit("Trường THPT Cửa Lò", "SCHOOL", "PUBLIC_SERVICE", town),
  };
  const wardNames = ["Nghi Hải", "Nghi Hòa", "Nghi Hương", "Nghi Tân", "Nghi Thu", "Nghi Thủy", "Thu Thủy"];
  const wardPeople: [string, string][] = [
    ["Nguyễn Văn Hải", "Trần Thị Lan"],
    ["Lê Văn Hòa", "Phạm Thị Mai"],
    ["Hồ Sỹ Hương", "Nguyễn Thị Thanh"],
    ["Võ Văn Tân", "Đặng Thị Hoa"],
    ["Phan Đình Thu", "Lê Thị Hằng"],
    ["Trần Văn Thủy", "Hoàng Thị Nga"],
    ["Nguyễn Đức Thuận", "Bùi Thị Yến"],
  ];
  const wards: { id: string; name: string; chair: string; policyOfficer: string; viceChair: string }[] = [];
  for (const [i, w] of wardNames.entries()) {
    const id = await unit(`Phường ${w}`, "WARD", "GOVERNMENT", town, {
      shortName: `UBND phường ${w}`,
      documentSymbol: "UBND",
      placeName: w,
      contactEmail: `${searchKey(w).replace(/ /g, "")}@hoinghi.local`,
    });
    const [chairName, officerName] = wardPeople[i]!;
    wards.push({
      id,
      name: w,
      chair: await official(chairName, `Chủ tịch UBND phường ${w}`, id),
      policyOfficer: await official(officerName, "Công chức Văn hóa - Xã hội (Lao động - Thương binh và Xã hội)", id),
      viceChair: await official(
        i === 0 ? "Trần Quốc Việt" : `Ngô Văn ${["An", "Bình", "Cường", "Dũng", "Giang", "Khánh", "Long"][i]}`,
        `Phó Chủ tịch UBND phường ${w}`,
        id,
      ),
    });
  }

  // ── People ──
  const long = await official("Bùi Đình Long", "Phó Chủ tịch UBND tỉnh", province);
  const phuc = await official("Hoàng Văn Phúc", "Phó Chủ tịch UBND thị xã", town);
  const townSecretary = await official("Nguyễn Thị Hà", "Chuyên viên Văn phòng HĐND và UBND thị xã", townUnits.office);
  const provinceSecretary = await official("Lê Minh Tuấn", "Chuyên viên Văn phòng UBND tỉnh", province);
  const labourHead = await official(
    "Đinh Văn Sơn",
    "Trưởng phòng Lao động - Thương binh và Xã hội thị xã",
    townUnits.labour,
  );
  const labourDirector = await official("Nguyễn Văn Quang", "Giám đốc Sở Lao động - Thương binh và Xã hội", labourDept);

  for (const u of [
    {
      email: "admin@hoinghi.local",
      name: "Quản trị hệ thống",
      role: "ADMIN" as const,
      unitId: province,
      officialId: null,
    },
    {
      email: "vanphong@hoinghi.local",
      name: "Nguyễn Thị Hà",
      role: "SECRETARIAT" as const,
      unitId: town,
      officialId: townSecretary,
    },
    { email: "chutri@hoinghi.local", name: "Hoàng Văn Phúc", role: "CHAIR" as const, unitId: town, officialId: phuc },
    {
      email: "nghihai@hoinghi.local",
      name: "Trần Thị Lan",
      role: "UNIT_REP" as const,
      unitId: wards[0]!.id,
      officialId: wards[0]!.policyOfficer,
    },
  ]) {
    await tx.user.create({ data: { ...u, passwordHash } });
  }

  // ── Connection points ──
  const mainHall = await tx.connectionPoint.create({
    data: {
      name: "Điểm cầu chính - Hội trường UBND tỉnh Nghệ An",
      nameAscii: searchKey("Điểm cầu chính - Hội trường UBND tỉnh Nghệ An"),
      hostUnitId: province,
      address: "Số 03 đường Trường Thi, thành phố Vinh",
      room: "Hội trường tầng 3",
      capacity: 200,
      equipment: "Hệ thống hội nghị truyền hình, 2 màn hình LED, micro cổ ngỗng",
      technicianName: "Phạm Văn Kiên",
      technicianPhone: "0912 345 678",
      videoLink: "https://hoinghi.nghean.example/phong/chinh",
    },
  });
  const cuaLoHall = await tx.connectionPoint.create({
    data: {
      name: "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã",
      nameAscii: searchKey("Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã"),
      hostUnitId: town,
      address: "Trụ sở UBND thị xã Cửa Lò",
      room: "Hội trường tầng 2",
      capacity: 120,
      equipment: "Thiết bị hội nghị truyền hình, máy chiếu, loa hội trường",
      technicianName: "Nguyễn Văn Tùng",
      technicianPhone: "0987 654 321",
      videoLink: "https://hoinghi.nghean.example/phong/cua-lo",
    },
  });
  const cuaLoMeetingRoom = await tx.connectionPoint.create({
    data: {
      name: "Phòng họp số 1 - UBND thị xã Cửa Lò",
      nameAscii: searchKey("Phòng họp số 1 - UBND thị xã Cửa Lò"),
      hostUnitId: town,
      address: "Trụ sở UBND thị xã Cửa Lò",
      room: "Phòng họp số 1",
      capacity: 40,
      technicianName: "Nguyễn Văn Tùng",
      technicianPhone: "0987 654 321",
    },
  });

  // ── Agenda templates ──
  const templateIds = await createAgendaTemplates(tx);

  // ── The 27/12/2022 online conference ──
  const reviewSentAt = at("2022-12-20T02:00:00Z");
  const reviewLetter = await registered(tx, province, "GM", reviewSentAt, 185);
  const review = await tx.meeting.create({
    data: {
      title:
        "Hội nghị trực tuyến tổng kết công tác lao động, người có công và xã hội năm 2022, triển khai nhiệm vụ năm 2023",
      titleAscii: searchKey(
        "Hội nghị trực tuyến tổng kết công tác lao động, người có công và xã hội năm 2022, triển khai nhiệm vụ năm 2023",
      ),
      kind: "YEAR_END_REVIEW",
      mode: "ONLINE",
      status: "HELD",
      organiserUnitId: province,
      startsAt: at("2022-12-27T00:30:00Z"),
      endsAt: at("2022-12-27T04:30:00Z"),
      description:
        "Đánh giá kết quả thực hiện nhiệm vụ năm 2022 và triển khai nhiệm vụ năm 2023 về lao động, người có công và xã hội.",
      templateId: templateIds.YEAR_END_REVIEW,
    },
  });
  const reviewMain = await tx.meetingPoint.create({
    data: {
      meetingId: review.id,
      connectionPointId: mainHall.id,
      isMain: true,
      position: 0,
      chairOfficialId: long,
      secretaryOfficialId: provinceSecretary,
      techTestAt: at("2022-12-26T07:00:00Z"),
      techTestResult: "READY",
      techTestRecordedAt: at("2022-12-26T07:40:00Z"),
    },
  });
  const reviewCuaLo = await tx.meetingPoint.create({
    data: {
      meetingId: review.id,
      connectionPointId: cuaLoHall.id,
      position: 1,
      chairOfficialId: phuc,
      secretaryOfficialId: townSecretary,
      techTestAt: at("2022-12-26T08:00:00Z"),
      techTestResult: "READY",
      techTestNote: "Đường truyền ổn định, âm thanh rõ.",
      techTestRecordedAt: at("2022-12-26T08:35:00Z"),
    },
  });
  const vanphongUser = await tx.user.findUniqueOrThrow({ where: { email: "vanphong@hoinghi.local" } });

  async function answeredInvitation(
    meetingPointId: string,
    unitId: string,
    seats: number,
    attendees: { fullName: string; title: string; officialId?: string; replaces?: string }[],
    checkIn: boolean,
  ) {
    const invitation = await tx.invitation.create({
      data: {
        meetingId: review.id,
        meetingPointId,
        unitId,
        seats,
        status: attendees.some((a) => a.replaces) ? "SUBSTITUTE" : "CONFIRMED",
        answerDeadline: at("2022-12-23T10:00:00Z"),
        sentAt: reviewSentAt,
        documentNumber: reviewLetter,
      },
    });
    const substitute = attendees.some((a) => a.replaces);
    const response = await tx.invitationResponse.create({
      data: {
        invitationId: invitation.id,
        kind: substitute ? "SUBSTITUTE" : "CONFIRM",
        reason: substitute ? "Đồng chí Chủ tịch UBND phường đi công tác theo kế hoạch của tỉnh." : null,
        forStartsAt: review.startsAt,
        respondedById: vanphongUser.id,
        substituteDecision: substitute ? "AGREED" : null,
        createdAt: at("2022-12-22T03:00:00Z"),
      },
    });
    for (const a of attendees) {
      await tx.attendee.create({
        data: {
          meetingPointId,
          invitationId: invitation.id,
          responseId: response.id,
          fullName: a.fullName,
          title: a.title,
          officialId: a.officialId ?? null,
          replacesOfficialId: a.replaces ?? null,
          checkIn: checkIn ? "PRESENT_ON_SITE" : "EXPECTED",
          checkedInAt: checkIn ? at("2022-12-27T00:20:00Z") : null,
        },
      });
    }
  }

  await answeredInvitation(
    reviewMain.id,
    labourDept,
    3,
    [
      {
        fullName: "Nguyễn Văn Quang",
        title: "Giám đốc Sở Lao động - Thương binh và Xã hội",
        officialId: labourDirector,
      },
    ],
    true,
  );
  await answeredInvitation(
    reviewMain.id,
    provinceFront,
    1,
    [{ fullName: "Hồ Thị Minh", title: "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh" }],
    true,
  );
  const townOrgTitles: [keyof typeof townUnits, string, string][] = [
    ["labour", "Đinh Văn Sơn", "Trưởng phòng Lao động - Thương binh và Xã hội"],
    ["finance", "Lê Thị Thu", "Trưởng phòng Tài chính - Kế hoạch"],
    ["front", "Nguyễn Văn Bình", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã"],
    ["labourFederation", "Trần Thị Hương", "Chủ tịch Liên đoàn Lao động thị xã"],
    ["women", "Phạm Thị Hiền", "Chủ tịch Hội Liên hiệp Phụ nữ thị xã"],
    ["youth", "Võ Đức Anh", "Bí thư Thị đoàn"],
    ["veterans", "Hồ Văn Thắng", "Chủ tịch Hội Cựu chiến binh thị xã"],
    ["farmers", "Nguyễn Văn Lộc", "Chủ tịch Hội Nông dân thị xã"],
    ["vocational", "Lê Văn Hùng", "Giám đốc Trung tâm GDNN - GDTX thị xã"],
    ["school", "Trần Đình Khoa", "Hiệu trưởng Trường THPT Cửa Lò"],
  ];
  for (const [key, fullName, title] of townOrgTitles) {
    await answeredInvitation(
      reviewCuaLo.id,
      townUnits[key],
      1,
      [{ fullName, title, officialId: key === "labour" ? labourHead : undefined }],
      true,
    );
  }
  const personOf = async (id: string) =>
    tx.official.findUniqueOrThrow({ where: { id }, select: { fullName: true, title: true } });
  for (const [i, w] of wards.entries()) {
    const leader =
      i === 2
        ? { ...(await personOf(w.viceChair)), officialId: w.viceChair, replaces: w.chair }
        : { ...(await personOf(w.chair)), officialId: w.chair };
    await answeredInvitation(
      reviewCuaLo.id,
      w.id,
      2,
      [leader, { ...(await personOf(w.policyOfficer)), officialId: w.policyOfficer }],
      true,
    );
  }

  const indicators = [
    { name: "Số lao động được tạo việc làm mới", unitOfMeasure: "người", plan: 42_900, actual: 45_000, target: 43_000 },
    {
      name: "Số người được tuyển sinh, đào tạo nghề",
      unitOfMeasure: "người",
      plan: 66_300,
      actual: 65_498,
      target: 65_000,
    },
    {
      name: "Số người được hỗ trợ đào tạo trình độ sơ cấp",
      unitOfMeasure: "người",
      plan: null,
      actual: 9_370,
      target: null,
    },
    {
      name: "Tỷ lệ có việc làm sau đào tạo",
      unitOfMeasure: "%",
      plan: null,
      actual: 80.7,
      target: null,
      note: "Trên 80,7%",
    },
    { name: "Tỷ lệ lao động qua đào tạo", unitOfMeasure: "%", plan: null, actual: 67.7, target: 69 },
    {
      name: "Giảm tỷ lệ hộ nghèo",
      unitOfMeasure: "điểm %",
      plan: null,
      actual: null,
      target: 1.5,
      note: "Giảm 1–1,5 điểm phần trăm",
    },
  ];
  await tx.indicator.createMany({
    data: indicators.map((i, position) => ({ meetingId: review.id, position, note: null, ...i })),
  });

  const yearEnd = AGENDA_TEMPLATES.find((t) => t.kind === "YEAR_END_REVIEW")!;
  await tx.agendaItem.createMany({
    data: yearEnd.items.map((item, position) => ({
      meetingId: review.id,
      position,
      title: item.title,
      presenterRole: item.presenterRole,
      durationMinutes: item.durationMinutes,
      minutesSkeleton: item.minutesSkeleton,
    })),
  });

  // ── Upcoming meetings, relative to today so every screen has something to show ──
  const days = demoDays(now);
  const monday = days.briefing;
  const briefing = await tx.meeting.create({
    data: {
      title: "Giao ban công tác tuần của Thường trực UBND thị xã",
      titleAscii: searchKey("Giao ban công tác tuần của Thường trực UBND thị xã"),
      kind: "BRIEFING",
      mode: "ON_SITE",
      status: "SCHEDULED",
      organiserUnitId: town,
      startsAt: vnTime(now, monday, "07:30"),
      endsAt: vnTime(now, monday, "09:30"),
      description:
        "Rà soát kết luận giao ban tuần trước; báo cáo nhanh của các phòng và phường; thống nhất nhiệm vụ tuần.",
      templateId: templateIds.BRIEFING,
      createdById: vanphongUser.id,
    },
  });
  const briefingPoint = await tx.meetingPoint.create({
    data: {
      meetingId: briefing.id,
      connectionPointId: cuaLoMeetingRoom.id,
      isMain: true,
      chairOfficialId: phuc,
      secretaryOfficialId: townSecretary,
    },
  });
  const briefingDeadline = vnTime(now, monday - 3, "16:00");
  const briefingLetter = await registered(tx, town, "GM", now, 57);
  for (const unitId of [townUnits.office, townUnits.labour, townUnits.finance, ...wards.map((w) => w.id)]) {
    await tx.invitation.create({
      data: {
        meetingId: briefing.id,
        meetingPointId: briefingPoint.id,
        unitId,
        seats: 1,
        answerDeadline: briefingDeadline,
        sentAt: now,
        documentNumber: briefingLetter,
      },
    });
  }

  const midYear = await tx.meeting.create({
    data: {
      title: "Hội nghị trực tuyến triển khai công tác giảm nghèo bền vững và giải quyết việc làm năm 2027",
      titleAscii: searchKey(
        "Hội nghị trực tuyến triển khai công tác giảm nghèo bền vững và giải quyết việc làm năm 2027",
      ),
      kind: "THEMATIC",
      mode: "HYBRID",
      status: "SCHEDULED",
      organiserUnitId: province,
      startsAt: vnTime(now, days.midYear, "08:00"),
      endsAt: vnTime(now, days.midYear, "11:30"),
      templateId: templateIds.MID_TERM_REVIEW,
    },
  });
  await tx.meetingPoint.create({
    data: {
      meetingId: midYear.id,
      connectionPointId: mainHall.id,
      isMain: true,
      chairOfficialId: long,
      secretaryOfficialId: provinceSecretary,
      techTestAt: vnTime(now, days.midYear - 1, "14:00"),
    },
  });
  const midYearCuaLo = await tx.meetingPoint.create({
    data: {
      meetingId: midYear.id,
      connectionPointId: cuaLoHall.id,
      position: 1,
      chairOfficialId: phuc,
      secretaryOfficialId: townSecretary,
      techTestAt: vnTime(now, days.midYear - 1, "15:00"),
    },
  });
  const midYearDeadline = vnTime(now, monday + 11, "17:00");
  const midYearLetter = await registered(tx, province, "GM", now, 212);
  for (const [i, w] of wards.entries()) {
    await tx.invitation.create({
      data: {
        meetingId: midYear.id,
        meetingPointId: midYearCuaLo.id,
        unitId: w.id,
        seats: 2,
        answerDeadline: midYearDeadline,
        sentAt: now,
        documentNumber: midYearLetter,
        status: i >= 4 ? "CONFIRMED" : "PENDING",
      },
    });
  }
  for (const unitId of [townUnits.labour, townUnits.front, townUnits.labourFederation, townUnits.women]) {
    await tx.invitation.create({
      data: {
        meetingId: midYear.id,
        meetingPointId: midYearCuaLo.id,
        unitId,
        seats: 1,
        answerDeadline: midYearDeadline,
        sentAt: now,
        documentNumber: midYearLetter,
      },
    });
  }

  await tx.meeting.create({
    data: {
      title: "Hội nghị triển khai kế hoạch chuyển đổi số năm 2027",
      titleAscii: searchKey("Hội nghị triển khai kế hoạch chuyển đổi số năm 2027"),
      kind: "THEMATIC",
      mode: "ON_SITE",
      status: "DRAFT",
      organiserUnitId: town,
      startsAt: vnTime(now, days.draft, "14:00"),
      endsAt: vnTime(now, days.draft, "16:30"),
      createdById: vanphongUser.id,
      points: { create: { connectionPointId: cuaLoHall.id, isMain: true, chairOfficialId: phuc } },
    },
  });

  await tx.appSetting.create({ data: { key: DEMO_SETTING, value: "true" } });
  await tx.auditLog.create({
    data: { action: "demo.seed", entityType: "Database", after: JSON.stringify({ seededAt: now.toISOString() }) },
  });

  await seedLastBriefing(tx, now, {
    briefingId: briefing.id,
    monday,
    town,
    point: cuaLoMeetingRoom.id,
    phuc,
    townSecretary,
    labour: townUnits.labour,
    finance: townUnits.finance,
    wards: wards.map((w) => w.id),
    templateId: templateIds.BRIEFING ?? null,
    secretariatId: vanphongUser.id,
  });
}

/**
 * Last time's weekly briefing, in the same series as the upcoming one, so that the follow-up screens
 * have something to show: approved minutes, an issued conclusion notice and three conclusions (one
 * done, one not yet due, one overdue, led by Phường Nghi Hải whose representative is a demo account).
 * Its title differs from the upcoming briefing's so tests looking that one up by name still find one.
 */
async function seedLastBriefing(
  tx: Tx,
  now: Date,
  ids: {
    briefingId: string;
    monday: number;
    town: string;
    point: string;
    phuc: string;
    townSecretary: string;
    labour: string;
    finance: string;
    wards: string[];
    templateId: string | null;
    secretariatId: string;
  },
) {
  const past = demoDays(now).lastBriefing; // the Monday two weeks before the upcoming one: 3 to 9 days ago
  const startsAt = vnTime(now, past, "07:30");
  const endsAt = vnTime(now, past, "09:30");
  const upcoming = await tx.meeting.findUniqueOrThrow({
    where: { id: ids.briefingId },
    select: { title: true, startsAt: true, endsAt: true },
  });
  const series = await tx.meetingSeries.create({
    data: {
      title: upcoming.title,
      organiserUnitId: ids.town,
      rule: toICalendarRecurrence(ruleFromFirstOccurrence("WEEKLY", startsAt, endsAt, 3)),
      startsOn: startsAt,
      until: upcoming.startsAt,
    },
  });
  await tx.meeting.update({ where: { id: ids.briefingId }, data: { seriesId: series.id } });
  const title = "Giao ban tuần của Thường trực UBND thị xã";
  const meeting = await tx.meeting.create({
    data: {
      title,
      titleAscii: searchKey(title),
      kind: "BRIEFING",
      mode: "ON_SITE",
      status: "HELD",
      organiserUnitId: ids.town,
      startsAt,
      endsAt,
      seriesId: series.id,
      templateId: ids.templateId,
      createdById: ids.secretariatId,
    },
  });
  const point = await tx.meetingPoint.create({
    data: {
      meetingId: meeting.id,
      connectionPointId: ids.point,
      isMain: true,
      chairOfficialId: ids.phuc,
      secretaryOfficialId: ids.townSecretary,
    },
  });
  const chairUser = await tx.user.findFirstOrThrow({ where: { officialId: ids.phuc }, select: { id: true } });
  const minutes = await tx.minutes.create({
    data: {
      meetingId: meeting.id,
      meetingPointId: point.id,
      status: "APPROVED",
      documentNumber: await registered(tx, ids.town, "BB", startsAt, 41),
      title,
      place: "Phòng họp số 1 - UBND thị xã Cửa Lò",
      chairName: "Hoàng Văn Phúc",
      chairTitle: "Phó Chủ tịch UBND thị xã",
      secretaryName: "Nguyễn Thị Hà",
      secretaryTitle: "Chuyên viên Văn phòng HĐND và UBND thị xã",
      chairOfficialId: ids.phuc,
      secretaryOfficialId: ids.townSecretary,
      startedAt: startsAt,
      endedAt: endsAt,
      approvedAt: vnTime(now, past + 1, "09:00"),
      approvedById: chairUser.id,
      sections: {
        create: [
          {
            position: 0,
            heading: "Báo cáo nhanh của các phòng và phường",
            body: "- Phòng Lao động - Thương binh và Xã hội thị xã báo cáo tiến độ rà soát hộ nghèo, hộ cận nghèo.\n- Các phường báo cáo tình hình đăng ký học nghề của lao động địa phương.",
          },
          {
            position: 1,
            heading: "Kết luận của chủ trì",
            body: "Đồng chí **Hoàng Văn Phúc** - Phó Chủ tịch UBND thị xã kết luận và giao nhiệm vụ cho các đơn vị như sau:\n{{conclusions.list}}",
          },
        ],
      },
    },
  });
  const deadline = (days: number) => vnTime(now, days, "00:00");
  const conclusions = [
    {
      content:
        "Phòng Lao động - Thương binh và Xã hội thị xã tổng hợp danh sách lao động có nhu cầu học nghề năm 2027 của các phường, báo cáo Thường trực UBND thị xã.",
      leadUnitId: ids.labour,
      cooperators: ids.wards,
      deadline: deadline(past + 2),
      done: true,
    },
    {
      content:
        "Phòng Tài chính - Kế hoạch thị xã tham mưu phương án bố trí kinh phí hỗ trợ đào tạo nghề cho lao động nông thôn năm 2027.",
      leadUnitId: ids.finance,
      cooperators: [ids.labour, ids.wards[0]!],
      deadline: deadline(7),
      done: false,
    },
    {
      content:
        "UBND phường Nghi Hải hoàn thành rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên địa bàn, gửi Phòng Lao động - Thương binh và Xã hội thị xã.",
      leadUnitId: ids.wards[0]!,
      cooperators: [ids.labour],
      deadline: deadline(-1),
      done: false,
    },
  ];
  for (const [position, c] of conclusions.entries()) {
    await tx.conclusion.create({
      data: {
        meetingId: meeting.id,
        minutesId: minutes.id,
        position,
        content: c.content,
        leadUnitId: c.leadUnitId,
        deadline: c.deadline,
        ...(c.done
          ? {
              status: "DONE" as const,
              doneAt: vnTime(now, past + 1, "16:00"),
              doneNote: "Đã gửi danh sách tổng hợp của 7 phường.",
              version: 2,
            }
          : {}),
        cooperators: { create: c.cooperators.map((unitId) => ({ unitId })) },
      },
    });
  }
  const noticeIssuedAt = vnTime(now, past + 1, "15:00");
  await tx.conclusionNotice.create({
    data: {
      meetingId: meeting.id,
      minutesId: minutes.id,
      documentNumber: await registered(tx, ids.town, "TB", noticeIssuedAt, 38),
      dueAt: startOfDay(conclusionNoticeDueDay(endsAt, PLAIN_WEEKS)),
      issuedAt: noticeIssuedAt,
    },
  });
  // Approved as the app approves: the content's hash, so "Kiểm tra tính toàn vẹn" has something to check.
  await tx.minutes.update({
    where: { id: minutes.id },
    data: { contentHash: contentHash(await storedContent(tx, minutes.id)) },
  });
}
