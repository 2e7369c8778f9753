// fast-check generators of what a hostile or broken client may post to a server action, grown from a
// valid input: random values of any type, fields dropped or added, wrong types, over-long text, huge
// arrays, NFD instead of NFC, control characters, markup meant for the documents the app writes, and
// text that is almost right. And the rule stored text must keep whatever came in.
import fc from "fast-check";

/** Text that tries to break out of the .docx XML, the PDF, the ICS lines, a CSV cell or an e-mail header. */
export const INJECTIONS = [
  `</w:t></w:r><w:r><w:t>chèn</w:t></w:r>`,
  `<![CDATA[x]]>&amp;&#0;&lt;script>alert(1)</script>`,
  "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:giả mạo",
  '=HYPERLINK("http://evil.example","bấm")',
  "\r\nBcc: all@evil.example\r\n\r\nthân thư giả",
  "(\\) Tj ET BT /F1 99 Tf (giả",
  "{{chair.name}} {{conclusions.list}} ${process.env.NEXTAUTH_SECRET}",
  '\'; DROP TABLE "Meeting"; --',
] as const;

/** Characters that have no business in stored text. */
export const CONTROLS = ["\u0000", "\u0007", "\u000b", "\u000c", "\u001b[31m", "\u007f", "\u0085", "\u009b"];
const INVISIBLES = ["\u202e", "\u2066", "\ufeff", "\u200b", "\u00a0", "\ud800"];

const vietnamese = fc.constantFrom(
  "Phường Nghi Hải",
  "Hoàng Văn Phúc",
  "Hội nghị trực tuyến tổng kết",
  "Đặng Thị Hoa",
  "Thủy Ứng Ở Ữ",
);

/** Text variants of a string that a careless or hostile client might send instead. */
const variantOf = (s: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant(s.normalize("NFD")),
    fc.constantFrom(...CONTROLS, ...INVISIBLES).map((c) => `${c}${s}${c}`),
    fc.constantFrom(...INJECTIONS).map((i) => `${s}${i}`),
    fc.constantFrom(" ", "\t", "\r\n", "\u3000").map((w) => `${w}${s}${w}${w}`),
    fc.constantFrom(301, 5_001, 50_001, 1_000_001).map((n) => s.padEnd(n, "ạ")),
    fc.constantFrom("", "   ", "\u0000"),
    vietnamese.map((v) => v.normalize("NFD")),
  );

/** A value of the wrong shape: another type, an extreme number, a huge array, a nested object. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, -0, 0.5, NaN, Infinity, -Infinity, 1e308, 2 ** 53 + 1),
  fc.constantFrom("", "null", "undefined", "NaN", "[]", "{}", "on", "true", "9999-12-31T23:59", "2027-02-30T10:00"),
  fc.constantFrom(`c${"0".repeat(24)}`, "../../etc/passwd", `c${"x".repeat(100)}`, "c\u0000x", "Ａｂｃ"),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(100_000).map((n) => Array.from({ length: n }, (_, i) => `c${String(i).padStart(24, "0")}`)),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 8 }),
  fc.anything({ maxDepth: 3 }),
  fc.constant(JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"polluted": true}}}')),
  vietnamese,
);

type Plain = Record<string, unknown>;

function plainOf(input: unknown): Plain | null {
  if (input instanceof FormData) {
    const out: Plain = {};
    for (const key of new Set(input.keys())) {
      const values = input.getAll(key);
      out[key] = values.length > 1 ? values : values[0];
    }
    return out;
  }
  return input && typeof input === "object" && !Array.isArray(input) ? (input as Plain) : null;
}

/** As a plain form would post it: strings only, an array as repeated fields. */
function asForm(value: Plain): FormData {
  const form = new FormData();
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v])
      form.append(key, typeof item === "string" ? item : (JSON.stringify(item) ?? ""));
  }
  return form;
}

/** Every string inside a value, with the path to it. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function replaceAt(value: unknown, path: (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Plain) }) as Record<string | number, unknown>;
  copy[head!] = replaceAt(copy[head!], rest, next);
  return copy;
}

const getAt = (value: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);

/** Inputs grown from a valid one; a plain form's action gets forms (and now and then something else). */
export function hostileInputs(valid: unknown): fc.Arbitrary<unknown> {
  const base = plainOf(valid) ?? {};
  const keys = Object.keys(base);
  const key = keys.length
    ? fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 12 }))
    : fc.string({ maxLength: 12 });
  const strings = stringPaths(base);
  const variants: fc.Arbitrary<Plain>[] = [
    // One to three fields (or new ones) set to a value of the wrong shape.
    fc.dictionary(key, wrongValue, { minKeys: 1, maxKeys: 3 }).map((m) => ({ ...base, ...m })),
  ];
  // Fields dropped.
  if (keys.length)
    variants.push(
      fc
        .subarray(keys, { minLength: 1 })
        .map((drop) => Object.fromEntries(Object.entries(base).filter(([k]) => !drop.includes(k)))),
    );
  // Almost right: one text field replaced by a variant of itself, so most of these get through.
  if (strings.length)
    variants.push(
      fc
        .constantFrom(...strings)
        .chain((path) => variantOf(String(getAt(base, path))).map((text) => replaceAt(base, path, text) as Plain)),
    );
  const shaped = fc.oneof(...variants);
  const anything = fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.constantFrom(null, undefined, "", [], "x".repeat(1_000_000)),
  );
  if (valid instanceof FormData)
    return fc.oneof(
      { weight: 6, arbitrary: shaped.map(asForm) },
      { weight: 1, arbitrary: shaped },
      { weight: 1, arbitrary: anything },
    );
  return fc.oneof({ weight: 6, arbitrary: shaped }, { weight: 1, arbitrary: anything });
}

/**
 * The inputs every action meets before the random ones: each text field in turn wrapped in control
 * characters, in NFD with a byte-order mark, and carrying every injection; and no input at all.
 */
export function hostileExamples(valid: unknown): unknown[] {
  const base = plainOf(valid) ?? {};
  const asSent = (value: Plain) => (valid instanceof FormData ? asForm(value) : value);
  const texts = stringPaths(base).flatMap((path) => {
    const s = String(getAt(base, path));
    return [`\u0000${s}\u001b\u202e`, `${s.normalize("NFD")}\ufeff`, `${s} ${INJECTIONS.join(" ")}`].map((text) =>
      asSent(replaceAt(base, path, text) as Plain),
    );
  });
  return [...texts, undefined, null, []];
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const BIDI_OR_BOM = /[\u202a-\u202e\u2066-\u2069\ufeff]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** What is wrong with text as stored: control characters, invisible reordering marks, not NFC. */
export function textProblems(value: unknown, where = ""): string[] {
  if (typeof value === "string") {
    const problems: string[] = [];
    if (CONTROL.test(value)) problems.push(`${where}: a control character`);
    if (BIDI_OR_BOM.test(value)) problems.push(`${where}: a bidirectional override or byte-order mark`);
    if (LONE_SURROGATE.test(value)) problems.push(`${where}: half a character`);
    else if (value.normalize("NFC") !== value) problems.push(`${where}: not NFC`);
    // JSON kept in a column (the audit's before and after, answers' names) holds text too.
    if (/^[[{]/.test(value))
      try {
        problems.push(...textProblems(JSON.parse(value), `${where}(json)`));
      } catch {}
    return problems;
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => textProblems(v, `${where}[${i}]`));
  if (value && typeof value === "object" && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => textProblems(v, where ? `${where}.${k}` : k));
  return [];
}
