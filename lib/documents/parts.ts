// The text of a document as styled runs, with no layout: each renderer (Word, HTML) decides where a block
// goes, but the words and their emphasis come from one place, so the printouts cannot disagree.

export interface Segment {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** One paragraph of running text. */
export type RichParagraph = Segment[];

export function plainText(paragraph: RichParagraph): string {
  return paragraph.map((s) => s.text).join("");
}
