import { z } from "zod";
import { recordId } from "@/lib/validation";

export const remindUnansweredSchema = z.object({
  meetingId: recordId,
  /** Only these invitations; otherwise every sent one still unanswered. A plain form posts one id as a string. */
  invitationIds: z
    .union(
      [
        recordId.transform((id) => [id]),
        z.array(recordId).min(1, "validation.required").max(1000, "validation.tooLong"),
      ],
      "validation.invalid",
    )
    .optional(),
});
