import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { postgresSchemaPath, schemaPath, type Provider } from "./config";

export interface SchemaFile {
  path: string;
  content: string;
}

/** The schema as the given provider sees it: the source itself, or its PostgreSQL variant. */
export function readSchema(provider: Provider): SchemaFile {
  const source = { path: schemaPath(), content: readFileSync(schemaPath(), "utf8") };
  return provider === "sqlite" ? source : postgresVariant(source);
}

/**
 * Same text with the datasource provider switched to PostgreSQL and the client generated next to the
 * SQLite one (…/sqlite → …/postgresql), the output path rewritten relative to the variant's folder.
 */
export function postgresVariant(source: SchemaFile): SchemaFile {
  const target = postgresSchemaPath();
  let content = replaceOnce(
    source.content,
    /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/,
    (_, head: string) => `${head}"postgresql"`,
  );
  content = replaceOnce(
    content,
    /(generator\s+\w+\s*\{[^}]*?output\s*=\s*)"([^"]+)"/,
    (_, head: string, output: string) => {
      const sqliteOut = path.resolve(path.dirname(source.path), output);
      if (path.basename(sqliteOut) !== "sqlite") throw new Error(`generator output must end in /sqlite, got ${output}`);
      const pgOut = path.join(path.dirname(sqliteOut), "postgresql");
      return `${head}"${path.relative(path.dirname(target), pgOut).split(path.sep).join("/")}"`;
    },
  );
  const header = `// GENERATED from ${path.relative(process.cwd(), source.path)} by scripts/db.ts: do not edit.\n\n`;
  return { path: target, content: header + content };
}

export function writePostgresSchema(): string {
  const { path: file, content } = readSchema("postgresql");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

function replaceOnce(text: string, pattern: RegExp, replacer: (match: string, ...groups: string[]) => string): string {
  if (!pattern.test(text)) throw new Error(`schema: expected to find ${pattern}`);
  return text.replace(pattern, replacer);
}
