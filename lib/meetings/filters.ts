import { z } from "zod";
import { startOfDay } from "@/lib/datetime/vietnam";
import type { MeetingWhereInput } from "@/lib/db/generated/sqlite/models";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The meetings list's filters, read from the URL; anything malformed is simply ignored. */
export const meetingFiltersSchema = z.object({
  from: day,
  to: day,
  status: z.enum(["DRAFT", "SCHEDULED", "CANCELLED", "HELD"]).optional().catch(undefined),
  point: z.string().max(40).optional().catch(undefined),
  mine: z.literal("1").optional().catch(undefined),
});

export type MeetingFilters = z.output<typeof meetingFiltersSchema>;

/** The filters as a `where` clause; "mine" means meetings the caller created or chairs. */
export function filtersWhere(
  filters: MeetingFilters,
  user: { id: string; officialId: string | null },
): MeetingWhereInput {
  const and: MeetingWhereInput[] = [];
  if (filters.from) and.push({ endsAt: { gte: startOfDay(filters.from) } });
  if (filters.to) and.push({ startsAt: { lt: new Date(startOfDay(filters.to).getTime() + 86_400_000) } });
  if (filters.status) and.push({ status: filters.status });
  if (filters.point) and.push({ points: { some: { connectionPointId: filters.point } } });
  if (filters.mine)
    and.push({
      OR: [
        { createdById: user.id },
        ...(user.officialId ? [{ points: { some: { chairOfficialId: user.officialId } } }] : []),
      ],
    });
  return { AND: and };
}

export function hasFilters(filters: MeetingFilters): boolean {
  return Object.values(filters).some((v) => v !== undefined);
}
