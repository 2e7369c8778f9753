import { z } from "zod";
import { MeetingStatus } from "@/lib/db/generated/sqlite/enums";

// The query strings of GET /api/v1/meetings and /api/v1/meetings/:id. Messages are catalogue keys the
// API answers with.

export const API_PAGE_DEFAULT = 50;
export const API_PAGE_MAX = 100;

/** Where the previous page of meetings stopped: the last one's start and id (the order is startsAt, then id). */
export interface MeetingCursor {
  startsAt: Date;
  id: string;
}

export function encodeCursor(cursor: MeetingCursor): string {
  return Buffer.from(JSON.stringify([cursor.startsAt.toISOString(), cursor.id]), "utf8").toString("base64url");
}

export function decodeCursor(value: string): MeetingCursor | null {
  if (value.length > 200 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [startsAt, id] = parsed as unknown[];
    if (typeof startsAt !== "string" || typeof id !== "string" || id.length === 0 || id.length > 40) return null;
    const date = new Date(startsAt);
    return Number.isNaN(date.getTime()) ? null : { startsAt: date, id };
  } catch {
    return null;
  }
}

/** Where the previous page of a meeting's points stopped (their order is main first, then position, then id). */
export interface PointCursor {
  isMain: boolean;
  position: number;
  id: string;
}

export function encodePointCursor(cursor: PointCursor): string {
  return Buffer.from(JSON.stringify([cursor.isMain, cursor.position, cursor.id]), "utf8").toString("base64url");
}

export function decodePointCursor(value: string): PointCursor | null {
  if (value.length > 200 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [isMain, position, id] = parsed as unknown[];
    if (typeof isMain !== "boolean" || !Number.isSafeInteger(position)) return null;
    if (typeof id !== "string" || id.length === 0 || id.length > 40) return null;
    return { isMain, position: position as number, id };
  } catch {
    return null;
  }
}

const cursorParam = <T>(decode: (value: string) => T | null) =>
  z
    .string("apiTokens.api.invalidCursor")
    .transform(
      (s, ctx) => decode(s) ?? (ctx.addIssue({ code: "custom", message: "apiTokens.api.invalidCursor" }), z.NEVER),
    )
    .optional();

const limitParam = z
  .string("apiTokens.api.invalidLimit")
  .regex(/^\d{1,3}$/, "apiTokens.api.invalidLimit")
  .transform(Number)
  .pipe(z.number().int().min(1, "apiTokens.api.invalidLimit").max(API_PAGE_MAX, "apiTokens.api.invalidLimit"))
  .default(API_PAGE_DEFAULT);

const instant = (key: string) =>
  z.iso
    .datetime({ offset: true, error: key })
    .transform((s) => new Date(s))
    .refine((d) => !Number.isNaN(d.getTime()), key);

export const apiMeetingsQuerySchema = z
  .object({
    from: instant("apiTokens.api.invalidFrom").optional(),
    to: instant("apiTokens.api.invalidTo").optional(),
    status: z.enum(MeetingStatus, "apiTokens.api.invalidStatus").optional(),
    cursor: cursorParam(decodeCursor),
    limit: limitParam,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "apiTokens.api.invalidRange", path: ["to"] });

export type ApiMeetingsQuery = z.output<typeof apiMeetingsQuerySchema>;

/** The query string of GET /api/v1/meetings/:id: a page of the meeting's points, as many as `limit`. */
export const apiMeetingQuerySchema = z.object({ cursor: cursorParam(decodePointCursor), limit: limitParam });

export type ApiMeetingQuery = z.output<typeof apiMeetingQuerySchema>;
