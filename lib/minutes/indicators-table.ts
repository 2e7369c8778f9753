// The indicators of a year-end review as a minutes table: plan, actual, the percentage of plan
// (computed, never typed) and next period's target, in Vietnamese number format.
import { formatNumber, formatPercent } from "@/lib/datetime/vietnam";
import { pipeTable, tableCell } from "./markup";

export interface IndicatorFigures {
  name: string;
  unitOfMeasure: string;
  plan: number | null;
  actual: number | null;
  target: number | null;
  note: string | null;
}

/** actual / plan as a percentage with one decimal (104.9), or null when it would mean nothing. */
export function percentOfPlan(plan: number | null, actual: number | null): number | null {
  if (plan === null || actual === null || plan <= 0) return null;
  return Math.round((actual / plan) * 1000) / 10;
}

const cell = (value: string) => tableCell(value.replace(/\s+/gu, " ")) || "-";
const figure = (value: number | null) => (value === null ? "-" : formatNumber(value));

/** A pipe table in the minutes markup; the year is the reviewed period's. */
export function indicatorsTable(indicators: IndicatorFigures[], year: number): string {
  if (indicators.length === 0) return "";
  const header = [
    "TT",
    "Chỉ tiêu",
    "Đơn vị tính",
    `Kế hoạch ${year}`,
    `Thực hiện ${year}`,
    "Tỷ lệ so với kế hoạch",
    `Chỉ tiêu ${year + 1}`,
  ];
  const rows = indicators.map((indicator, i) => {
    const percent = percentOfPlan(indicator.plan, indicator.actual);
    const actual = indicator.note && indicator.actual === null ? indicator.note : figure(indicator.actual);
    return [
      String(i + 1),
      indicator.name,
      indicator.unitOfMeasure,
      figure(indicator.plan),
      actual,
      percent === null ? "-" : formatPercent(percent),
      figure(indicator.target),
    ];
  });
  return pipeTable(
    header.map(cell),
    rows.map((row) => row.map(cell)),
  );
}
