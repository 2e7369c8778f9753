import { z } from "zod";
import { recordId } from "@/lib/validation";

export const OUTBOX_STATUSES = ["PENDING", "SENT", "FAILED"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const retryOutboxMessageSchema = z.object({ id: recordId });
