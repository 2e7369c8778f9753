import { describe, expect, it } from "vitest";
import { kindMisfit } from "./rules";

describe("kindMisfit", () => {
  it("keeps a làm bù day on a weekend and a nghỉ bù on a working day; a holiday may fall on any day", () => {
    expect(kindMisfit("2023-05-06", "WORKING_DAY")).toBeNull(); // Saturday
    expect(kindMisfit("2023-05-05", "WORKING_DAY")).toBe("holidays.validation.workingDayOnWeekday");
    expect(kindMisfit("2023-09-04", "DAY_OFF")).toBeNull(); // Monday
    expect(kindMisfit("2023-09-03", "DAY_OFF")).toBe("holidays.validation.dayOffOnWeekend");
    expect(kindMisfit("2023-09-02", "HOLIDAY")).toBeNull(); // Saturday
  });
});
