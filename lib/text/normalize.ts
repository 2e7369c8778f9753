// Text arrives from phones and pasted documents in NFC or NFD; we store NFC so equal names compare equal.
export function toNfc(text: string): string {
  return text.normalize("NFC");
}

// What nobody means to type, though pasted or hostile text brings it: C0 and C1 control characters (NUL,
// escape; PostgreSQL refuses NUL outright), the invisible marks that reorder how text displays (a name
// shown differently from what it is), byte-order marks, and halves of a surrogate pair.
const UNWANTED =
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/gu;
// Line breaks of other systems (Word's vertical tab, form feed, Unicode's line and paragraph separators).
const OTHER_BREAKS = /[\u000b\u000c\u0085\u2028\u2029]/gu;

/** Text as a person meant it: NFC, without invisible or control characters; tabs and line breaks stay (as \n). */
export function plainText(text: string): string {
  return toNfc(text.replace(OTHER_BREAKS, "\n").replace(UNWANTED, ""));
}

/** Plain text, trimmed, inner runs of white space collapsed: the form every stored name takes. */
export function cleanText(text: string): string {
  return plainText(text).trim().replace(/\s+/gu, " ");
}

// đ/Đ is a letter of its own, not d plus a mark, so NFD leaves it intact: map it explicitly. Back to NFC
// at the end: scripts whose letters NFD splits into letters, not marks (Korean syllables into jamo),
// would otherwise be stored decomposed.
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/** The accent-free, lower-case key stored beside names and compared against searches. */
export function searchKey(text: string): string {
  return foldAccents(cleanText(text)).toLowerCase();
}

/** Given name = last word of "Family Middle Given"; Vietnamese lists sort by it, then by the full name. */
export function givenNameOf(fullName: string): string {
  const words = cleanText(fullName).split(" ");
  return words[words.length - 1] ?? "";
}

const collator = new Intl.Collator("vi", { sensitivity: "base" });

export function compareVietnameseNames(a: string, b: string): number {
  return collator.compare(givenNameOf(a), givenNameOf(b)) || collator.compare(cleanText(a), cleanText(b));
}
