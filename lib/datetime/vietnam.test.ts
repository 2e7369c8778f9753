import { describe, expect, it } from "vitest";
import {
  dayKey,
  documentDate,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatTime,
  formatWeekday,
  fromLocalInput,
  toLocalInput,
  timeRangeParts,
} from "./vietnam";

describe("dates in Asia/Ho_Chi_Minh", () => {
  // 27/12/2022 07:30 in Vietnam is 00:30 UTC the same day; 23:30 UTC on the 26th is already the 27th there.
  const opening = new Date("2022-12-27T00:30:00Z");

  it("formats day, time and weekday as Vietnamese users read them", () => {
    expect(formatDate(opening)).toBe("27/12/2022");
    expect(formatTime(opening)).toBe("07:30");
    expect(formatDateTime(opening)).toBe("07:30 27/12/2022");
    expect(formatWeekday(opening)).toBe("Thứ Ba");
    expect(formatWeekday(new Date("2023-01-01T03:00:00Z"))).toBe("Chủ Nhật");
  });

  it("uses the Vietnamese calendar day, not the UTC one", () => {
    expect(dayKey(new Date("2022-12-26T23:30:00Z"))).toBe("2022-12-27");
    expect(formatTime(new Date("2022-12-26T23:30:00Z"))).toBe("06:30");
  });

  it("writes the document date line with the prescribed zero padding", () => {
    expect(documentDate(new Date("2023-01-05T02:00:00Z"))).toBe("ngày 05 tháng 01 năm 2023");
    expect(documentDate(opening)).toBe("ngày 27 tháng 12 năm 2022");
    expect(documentDate(new Date("2023-06-15T02:00:00Z"))).toBe("ngày 15 tháng 6 năm 2023");
    expect(documentDate(new Date("2023-02-09T02:00:00Z"))).toBe("ngày 09 tháng 02 năm 2023");
  });

  it("round-trips a wall-clock input through UTC", () => {
    const instant = fromLocalInput("2022-12-27T07:30");
    expect(instant?.toISOString()).toBe("2022-12-27T00:30:00.000Z");
    expect(toLocalInput(instant!)).toBe("2022-12-27T07:30");
  });

  it("rejects impossible wall-clock inputs", () => {
    expect(fromLocalInput("2022-02-30T07:30")).toBeNull();
    expect(fromLocalInput("27/12/2022 07:30")).toBeNull();
    expect(fromLocalInput("2022-12-27T25:00")).toBeNull();
  });
});

describe("numbers", () => {
  it("groups thousands with a dot and uses a decimal comma", () => {
    expect(formatNumber(45000)).toBe("45.000");
    expect(formatNumber(65498)).toBe("65.498");
    expect(formatNumber(1.5)).toBe("1,5");
    expect(formatPercent(104.9)).toBe("104,9%");
    expect(formatPercent(80.7)).toBe("80,7%");
    expect(formatPercent(69)).toBe("69%");
  });
});

describe("timeRangeParts", () => {
  it("dates the end only when the meeting runs past midnight", async () => {
    const { createTranslator } = await import("next-intl");
    const { messagesFor } = await import("@/lib/i18n/catalogue");
    type Translate = (key: string, values: Record<string, string>) => string;
    const translator = (locale: "vi" | "en") =>
      createTranslator({ locale, messages: messagesFor(locale) }) as unknown as Translate;
    const t = (key: string, values: Record<string, string>) => translator("vi")(`meetings.${key}`, values);
    const late = timeRangeParts(new Date("2027-01-01T15:00:00Z"), new Date("2027-01-01T18:00:00Z"));
    expect(t("timeRange", late)).toBe("Thứ Sáu, 01/01/2027, từ 22:00 đến 01:00 ngày 02/01/2027");
    const morning = timeRangeParts(new Date("2027-01-04T00:30:00Z"), new Date("2027-01-04T02:30:00Z"));
    expect(t("timeRange", morning)).toBe("Thứ Hai, 04/01/2027, từ 07:30 đến 09:30");
    const en = (key: string, values: Record<string, string>) => translator("en")(`meetings.${key}`, values);
    expect(en("timeRange", late)).toBe("Thứ Sáu, 01/01/2027, 22:00 to 01:00 on 02/01/2027");
  });
});
