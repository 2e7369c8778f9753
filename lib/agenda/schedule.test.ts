import { describe, expect, it } from "vitest";
import { itemTimes, moveItem, overrunMinutes, sameMembers, totalMinutes } from "./schedule";

const start = new Date("2027-01-11T07:00:00Z"); // 14:00 in Vietnam

describe("agenda times", () => {
  it("runs the items one after another from the meeting's start", () => {
    const times = itemTimes(start, [10, 30, 5]);
    expect(times.map((t) => [t.startsAt.toISOString(), t.endsAt.toISOString()])).toEqual([
      ["2027-01-11T07:00:00.000Z", "2027-01-11T07:10:00.000Z"],
      ["2027-01-11T07:10:00.000Z", "2027-01-11T07:40:00.000Z"],
      ["2027-01-11T07:40:00.000Z", "2027-01-11T07:45:00.000Z"],
    ]);
  });

  it("has nothing to time for an empty agenda and treats a negative duration as none", () => {
    expect(itemTimes(start, [])).toEqual([]);
    expect(itemTimes(start, [-5, 10])[1]!.startsAt).toEqual(start);
    expect(totalMinutes([10, -5, 20])).toBe(30);
  });

  it("tells how far the agenda runs past the meeting's end", () => {
    const end = new Date(start.getTime() + 150 * 60_000);
    expect(overrunMinutes(start, end, [60, 90])).toBe(0);
    expect(overrunMinutes(start, end, [60, 100])).toBe(10);
  });
});

describe("reordering", () => {
  it("moves an item up or down and leaves the ends alone", () => {
    expect(moveItem(["a", "b", "c"], "c", -1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], "a", 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], "a", -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], "c", 1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b"], "x", 1)).toEqual(["a", "b"]);
  });

  it("checks that a new order names every item exactly once", () => {
    expect(sameMembers(["b", "a"], ["a", "b"])).toBe(true);
    expect(sameMembers(["a", "a"], ["a", "b"])).toBe(false);
    expect(sameMembers(["a"], ["a", "b"])).toBe(false);
    expect(sameMembers(["a", "c"], ["a", "b"])).toBe(false);
  });
});
