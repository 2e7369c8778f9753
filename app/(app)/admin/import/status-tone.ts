import type { BadgeTone } from "@/components/badge";

export const statusTone: Record<string, BadgeTone> = {
  CHECKING: "warn",
  READY: "info",
  APPLYING: "warn",
  DONE: "good",
  DISCARDED: "neutral",
};

export const outcomeTone: Record<string, BadgeTone> = {
  CREATE: "good",
  UPDATE: "info",
  UNCHANGED: "neutral",
  ERROR: "bad",
};

/** The counts the summary line names. */
export function summaryOf(job: {
  totalRows: number;
  creates: number;
  updates: number;
  unchanged: number;
  errors: number;
}) {
  return {
    total: job.totalRows,
    creates: job.creates,
    updates: job.updates,
    unchanged: job.unchanged,
    errors: job.errors,
  };
}
