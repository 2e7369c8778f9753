// Runs after `npm install`. Plain Node on purpose: it must work before anything is built.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";

const require = createRequire(import.meta.url);

// @prisma/internals loads the schema engine from <its package>/build/schema_engine_bg.wasm,
// but npm only ships that file inside @prisma/schema-engine-wasm. Resolve the engine from
// @prisma/internals itself so we copy the exact version it will load.
const internalsDir = dirname(require.resolve("@prisma/internals/package.json"));
const engineDir = dirname(createRequire(join(internalsDir, "package.json")).resolve("@prisma/schema-engine-wasm"));
const target = join(internalsDir, "build", "schema_engine_bg.wasm");
mkdirSync(dirname(target), { recursive: true });
copyFileSync(join(engineDir, "schema_engine_bg.wasm"), target);
console.log(`postinstall: copied schema_engine_bg.wasm to ${target}`);

// Leave a generated Prisma client behind, for both providers.
const tsxCli = require.resolve("tsx/cli");
if (!existsSync("prisma/schema.prisma")) {
  console.log("postinstall: no prisma/schema.prisma yet, skipping client generation");
  process.exit(0);
}
const { status } = spawnSync(process.execPath, [tsxCli, "scripts/db.ts", "generate"], { stdio: "inherit" });
process.exit(status ?? 1);
