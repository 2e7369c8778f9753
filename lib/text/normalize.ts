// Text arrives from phones and pasted documents in NFC or NFD; we store NFC so equal names compare equal.
export function toNfc(text: string): string {
  return text.normalize("NFC");
}

/** NFC, trimmed, inner runs of white space collapsed: the form every stored name takes. */
export function cleanText(text: string): string {
  return toNfc(text).trim().replace(/\s+/gu, " ");
}

// đ/Đ is a letter of its own, not d plus a mark, so NFD leaves it intact: map it explicitly.
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
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
