// Reading back what the renderers wrote, for the tests: the paragraphs of a .docx part and the lines of
// a PDF, as a reader (or a screen reader, or a search) would get them.
import { strFromU8, unzipSync } from "fflate";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// docx packs with fflate, so the tests read the package with it too.
export function docxPart(file: Buffer, name: string): string {
  const entry = unzipSync(new Uint8Array(file))[name];
  if (!entry) throw new Error(`${name} missing from the .docx`);
  return strFromU8(entry);
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The text of each paragraph: a paragraph's words may be split over several runs. */
export function docxParagraphs(partXml: string): string[] {
  return Array.from(partXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g), ([p]) =>
    decode(Array.from(p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1]).join("")),
  ).filter(Boolean);
}

/** The text lines of each page of a PDF, as pdf.js extracts them for copying and search. */
export async function pdfPages(file: Buffer): Promise<string[][]> {
  const pdf = await getDocument({ data: new Uint8Array(file), useSystemFonts: false }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
    pages.push(
      text
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    );
  }
  await pdf.destroy();
  return pages;
}
