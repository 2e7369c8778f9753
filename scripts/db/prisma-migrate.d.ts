// @prisma/migrate 7.10 declares "types": "dist/migrate/src/index.d.ts", which it does not ship; its
// declarations live in dist/src/. Map the one entry point we import to them.
declare module "@prisma/migrate/dist/SchemaEngineWasm" {
  export { SchemaEngineWasm } from "@prisma/migrate/dist/src/SchemaEngineWasm";
}
