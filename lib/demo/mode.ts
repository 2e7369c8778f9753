import "server-only";
import { db } from "@/lib/db/client";
import { DEMO_SETTING } from "./accounts";

let demo: Promise<boolean> | undefined;

/** Whether this database was created as a demo; decided once at creation, so read once per process. */
export function isDemoDatabase(): Promise<boolean> {
  return (demo ??= db.appSetting.findUnique({ where: { key: DEMO_SETTING } }).then((row) => row?.value === "true"));
}
