// A synthetic national conference for the benchmarks (`npm run bench:data`): the Government's main
// point, then every province's hall and its communes down to `points` connection points, each with a
// chair and a secretary, about five units invited per point (the commune's People's Committee, its
// Fatherland Front, women's union, youth union and veterans' association) with a realistic mix of
// answers and check-ins, and the 2022 indicators. Rows go in with createMany in slices that stay under
// SQLite's parameter limit, all in the caller's transaction, so 21,000 points build in minutes.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/connect";
import { searchKey } from "@/lib/text/normalize";

/** The 34 provinces and cities since 1 July 2025. */
// prettier-ignore
export const PROVINCES = [
  "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
  "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên",
  "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
  "Đắk Lắk", "Thành phố Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau",
  "An Giang",
];

// prettier-ignore
const FIRST = ["Tân", "Hòa", "Bình", "An", "Phú", "Thạnh", "Long", "Vĩnh", "Đông", "Tây", "Nam", "Bắc", "Trung", "Hưng", "Thuận", "Nghĩa", "Quang", "Minh", "Xuân", "Thanh"];
// prettier-ignore
const SECOND = ["Lợi", "Thịnh", "Phước", "Hải", "Sơn", "Lâm", "Thủy", "Điền", "Đức", "Hiệp", "Khánh", "Lộc", "Mỹ", "Ninh", "Phong", "Quý", "Thành", "Tiến", "Trường", "Yên"];
// prettier-ignore
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quốc", "Hữu", "Ngọc", "Xuân", "Thu"];
// prettier-ignore
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Việt", "Yến"];
const ORGANISATIONS = [
  { name: "Ủy ban MTTQ Việt Nam", kind: "FRONT", block: "FRONT_AND_MASS" },
  { name: "Hội Liên hiệp Phụ nữ", kind: "MASS_ORGANISATION", block: "FRONT_AND_MASS" },
  { name: "Đoàn Thanh niên", kind: "MASS_ORGANISATION", block: "FRONT_AND_MASS" },
  { name: "Hội Cựu chiến binh", kind: "MASS_ORGANISATION", block: "FRONT_AND_MASS" },
] as const;

const SLICE = 400;

/**
 * The conference's start: 08:00 in Vietnam (01:00 UTC) on the first Tuesday at least four weeks after
 * `now`, so its invitations are open to answers (deadline two days before) whenever the benchmark runs.
 */
export function conferenceStart(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 28, 1));
  day.setUTCDate(day.getUTCDate() + ((2 - day.getUTCDay() + 7) % 7));
  return day;
}

async function inSlices<T>(rows: T[], insert: (slice: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += SLICE) await insert(rows.slice(i, i + SLICE));
}

/** A deterministic pseudo-random stream, so two builds of one size are the same conference. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface NationalConference {
  meetingId: string;
  points: number;
  units: number;
  invitations: number;
  attendees: number;
  /** Accounts created for the measurements, all with this password. */
  password: string;
  organiser: { email: string };
  representatives: { email: string; invitationId: string }[];
}

type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** Call it inside one transaction: a commit per statement would cost a disk flush each. */
export async function buildNationalConference(
  db: Tx,
  options: { points: number; representatives?: number; passwordHash: string; password: string; now?: Date },
): Promise<NationalConference> {
  const STARTS = conferenceStart(options.now ?? new Date());
  const rnd = random(options.points);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const person = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;

  // The Government's office organises; the main point is its hall.
  const government = { id: randomUUID(), name: "Văn phòng Chính phủ" };
  await db.unit.create({
    data: {
      id: government.id,
      name: government.name,
      nameAscii: searchKey(government.name),
      kind: "OFFICE",
      block: "GOVERNMENT",
      documentSymbol: "VPCP",
      placeName: "Hà Nội",
    },
  });
  const organiserEmail = "vanphong@chinhphu.bench";
  await db.user.create({
    data: {
      email: organiserEmail,
      name: "Văn phòng Chính phủ",
      role: "SECRETARIAT",
      unitId: government.id,
      passwordHash: options.passwordHash,
    },
  });

  type Place = {
    id: string;
    unitId: string;
    name: string;
    parentId: string | null;
    kind: "PROVINCE" | "COMMUNE" | "OFFICE";
  };
  const places: Place[] = [
    { id: randomUUID(), unitId: government.id, name: "Trụ sở Chính phủ", parentId: null, kind: "OFFICE" },
  ];
  const provinces = PROVINCES.map((name) => ({ id: randomUUID(), name }));
  for (const p of provinces)
    places.push({ id: randomUUID(), unitId: p.id, name: `tỉnh ${p.name}`, parentId: null, kind: "PROVINCE" });
  const seen = new Map<string, number>();
  while (places.length < options.points) {
    const province = provinces[(places.length - 1) % provinces.length]!;
    const base = `${pick(FIRST)} ${pick(SECOND)}`;
    const key = `${province.id}/${base}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const name = n === 1 ? base : `${base} ${n}`;
    places.push({ id: randomUUID(), unitId: randomUUID(), name: `xã ${name}`, parentId: province.id, kind: "COMMUNE" });
  }
  places.length = Math.min(places.length, options.points);

  await inSlices(provinces, (slice) =>
    db.unit.createMany({
      data: slice.map((p) => ({
        id: p.id,
        name: `Tỉnh ${p.name}`,
        nameAscii: searchKey(`Tỉnh ${p.name}`),
        kind: "PROVINCE" as const,
        block: "GOVERNMENT" as const,
        documentSymbol: "UBND",
        placeName: p.name,
      })),
    }),
  );
  const communes = places.filter((p) => p.kind === "COMMUNE");
  await inSlices(communes, (slice) =>
    db.unit.createMany({
      data: slice.map((p) => ({
        id: p.unitId,
        name: `UBND ${p.name}`,
        nameAscii: searchKey(`UBND ${p.name}`),
        kind: "COMMUNE" as const,
        block: "GOVERNMENT" as const,
        parentId: p.parentId,
        documentSymbol: "UBND",
      })),
    }),
  );
  // Each commune's organisations, invited with it.
  const organisations = communes.flatMap((p) =>
    ORGANISATIONS.map((o) => ({
      id: randomUUID(),
      place: p.id,
      name: `${o.name} ${p.name}`,
      kind: o.kind,
      block: o.block,
      parentId: p.unitId,
    })),
  );
  await inSlices(organisations, (slice) =>
    db.unit.createMany({
      data: slice.map((o) => ({
        id: o.id,
        name: o.name,
        nameAscii: searchKey(o.name),
        kind: o.kind,
        block: o.block,
        parentId: o.parentId,
      })),
    }),
  );

  // A chair and a secretary per point.
  const officials = places.flatMap((p, i) => [
    {
      id: randomUUID(),
      fullName: person(),
      title:
        i === 0
          ? "Phó Thủ tướng Chính phủ"
          : p.kind === "PROVINCE"
            ? `Phó Chủ tịch UBND ${p.name}`
            : `Chủ tịch UBND ${p.name}`,
      unitId: p.unitId,
      point: p.id,
      role: "chair",
    },
    {
      id: randomUUID(),
      fullName: person(),
      title: "Công chức Văn phòng - Thống kê",
      unitId: p.unitId,
      point: p.id,
      role: "secretary",
    },
  ]);
  await inSlices(officials, (slice) =>
    db.official.createMany({
      data: slice.map((o) => ({
        id: o.id,
        fullName: o.fullName,
        nameAscii: searchKey(o.fullName),
        givenName: o.fullName.split(" ").at(-1)!,
        title: o.title,
        unitId: o.unitId,
      })),
    }),
  );
  const chairOf = new Map(officials.filter((o) => o.role === "chair").map((o) => [o.point, o.id]));
  const secretaryOf = new Map(officials.filter((o) => o.role === "secretary").map((o) => [o.point, o.id]));

  const meeting = await db.meeting.create({
    data: {
      title: "Hội nghị trực tuyến toàn quốc tổng kết công tác lao động, người có công và xã hội năm 2026",
      titleAscii: searchKey(
        "Hội nghị trực tuyến toàn quốc tổng kết công tác lao động, người có công và xã hội năm 2026",
      ),
      kind: "YEAR_END_REVIEW",
      mode: "ONLINE",
      status: "SCHEDULED",
      organiserUnitId: government.id,
      startsAt: STARTS,
      endsAt: new Date(STARTS.getTime() + 3.5 * 3_600_000),
    },
    select: { id: true },
  });
  await inSlices(places, (slice) =>
    db.connectionPoint.createMany({
      data: slice.map((p) => ({
        id: p.id,
        name: `Điểm cầu ${p.name}`,
        nameAscii: searchKey(`Điểm cầu ${p.name}`),
        hostUnitId: p.unitId,
        address: `Hội trường UBND ${p.name}`,
      })),
    }),
  );
  const pointIds = new Map(places.map((p) => [p.id, randomUUID()]));
  const position = new Map(places.map((p, i) => [p.id, i]));
  await inSlices(places, (slice) =>
    db.meetingPoint.createMany({
      data: slice.map((p) => ({
        id: pointIds.get(p.id)!,
        meetingId: meeting.id,
        connectionPointId: p.id,
        isMain: position.get(p.id) === 0,
        position: position.get(p.id)!,
        chairOfficialId: chairOf.get(p.id)!,
        secretaryOfficialId: secretaryOf.get(p.id)!,
        techTestAt: new Date(STARTS.getTime() - 86_400_000 + 6 * 3_600_000),
        techTestResult: rnd() < 0.9 ? ("READY" as const) : ("PENDING" as const),
      })),
    }),
  );

  // Invitations: the province's own People's Committee at its hall; at a commune, the commune and its organisations.
  const invited = [
    ...provinces.map((p, i) => ({ unitId: p.id, point: places[i + 1]!.id })),
    ...communes.map((p) => ({ unitId: p.unitId, point: p.id })),
    ...organisations.map((o) => ({ unitId: o.id, point: o.place })),
  ].map((i) => ({ ...i, id: randomUUID(), roll: rnd() }));
  const status = (roll: number) =>
    roll < 0.7 ? "CONFIRMED" : roll < 0.8 ? "DECLINED" : roll < 0.85 ? "SUBSTITUTE" : "PENDING";
  await inSlices(invited, (slice) =>
    db.invitation.createMany({
      data: slice.map((i) => ({
        id: i.id,
        meetingId: meeting.id,
        meetingPointId: pointIds.get(i.point)!,
        unitId: i.unitId,
        seats: 2,
        status: status(i.roll),
        answerDeadline: new Date(STARTS.getTime() - 2 * 86_400_000),
        documentNumber: "215/GM-VPCP",
        sentAt: new Date(STARTS.getTime() - 7 * 86_400_000),
      })),
    }),
  );

  const organiser = await db.user.findUniqueOrThrow({ where: { email: organiserEmail }, select: { id: true } });
  const answered = invited.filter((i) => status(i.roll) !== "PENDING").map((i) => ({ ...i, response: randomUUID() }));
  await inSlices(answered, (slice) =>
    db.invitationResponse.createMany({
      data: slice.map((i) => {
        const kind = status(i.roll);
        return {
          id: i.response,
          invitationId: i.id,
          kind:
            kind === "CONFIRMED"
              ? ("CONFIRM" as const)
              : kind === "DECLINED"
                ? ("DECLINE" as const)
                : ("SUBSTITUTE" as const),
          reason: kind === "CONFIRMED" ? null : "Trùng lịch công tác của địa phương",
          forStartsAt: STARTS,
          respondedById: organiser.id,
          substituteDecision: kind === "SUBSTITUTE" ? ("AGREED" as const) : null,
        };
      }),
    }),
  );
  const attendees = answered
    .filter((i) => status(i.roll) !== "DECLINED")
    .flatMap((i) =>
      Array.from({ length: i.roll < 0.35 ? 2 : 1 }, () => {
        const r = rnd();
        return {
          meetingPointId: pointIds.get(i.point)!,
          invitationId: i.id,
          responseId: i.response,
          fullName: person(),
          title: "Cán bộ phụ trách",
          checkIn:
            r < 0.45
              ? ("PRESENT_ON_SITE" as const)
              : r < 0.8
                ? ("PRESENT_ONLINE" as const)
                : r < 0.88
                  ? ("ABSENT" as const)
                  : ("EXPECTED" as const),
          absenceReason: r >= 0.8 && r < 0.88 ? "Ốm" : null,
        };
      }),
    );
  await inSlices(attendees, (slice) => db.attendee.createMany({ data: slice }));

  const demoIndicators = await db.indicator.findMany({
    where: { meeting: { startsAt: new Date("2022-12-27T00:30:00Z") } },
    select: { position: true, name: true, unitOfMeasure: true, plan: true, actual: true, target: true, note: true },
  });
  await db.indicator.createMany({ data: demoIndicators.map((i) => ({ ...i, meetingId: meeting.id })) });

  // Signed-in representatives for the answer benchmark: one per commune, up to the number asked for.
  const communeUnits = new Set(communes.map((c) => c.unitId));
  const reps = invited
    .filter((i) => communeUnits.has(i.unitId))
    .slice(0, options.representatives ?? 0)
    .map((i, n) => ({ email: `daidien${n + 1}@xa.bench`, invitationId: i.id, unitId: i.unitId }));
  await inSlices(reps, (slice) =>
    db.user.createMany({
      data: slice.map((r) => ({
        email: r.email,
        name: `Đại diện ${r.email}`,
        role: "UNIT_REP" as const,
        unitId: r.unitId,
        passwordHash: options.passwordHash,
      })),
    }),
  );

  return {
    meetingId: meeting.id,
    points: places.length,
    units: 1 + provinces.length + communes.length + organisations.length,
    invitations: invited.length,
    attendees: attendees.length,
    password: options.password,
    organiser: { email: organiserEmail },
    representatives: reps.map(({ email, invitationId }) => ({ email, invitationId })),
  };
}
