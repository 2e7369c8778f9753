// `tsx scripts/build.ts`: the production build, only when the sources changed since the last one.
import { buildIfNeeded } from "./build-if-needed";

process.env.NEXT_TELEMETRY_DISABLED = "1";
buildIfNeeded();
