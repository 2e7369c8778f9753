// A unit's contact field may hold several addresses ("a@x.vn; b@x.vn"); people type them with stray
// spaces and capitals. Mail systems treat the domain case-insensitively and, in practice, the local
// part too, so addresses are compared (and stored) lower-case.
// One address: no white space, no control or invisible format characters (a header must not break, an
// address must be what it looks like), none of the mailbox syntax.
export const ADDRESS =
  /^[^\s\p{Cc}\p{Cf}@<>(),;:"[\]]+@[^\s\p{Cc}\p{Cf}@<>(),;:"[\]]+\.[^\s\p{Cc}\p{Cf}@<>(),;:"[\]]+$/u;

/** Whether one address (already trimmed) is one the mail worker can send to. */
export function isMailAddress(address: string): boolean {
  return ADDRESS.test(address);
}

/** The valid addresses in a contact field, lower-case; anything unreadable is left out. */
export function parseAddresses(field: string | null | undefined): string[] {
  if (!field) return [];
  return field
    .normalize("NFC")
    .split(/[\s,;]+/)
    .map((a) => a.trim().toLowerCase())
    .filter((a) => ADDRESS.test(a));
}

/** Each address once, in first-seen order. */
export function uniqueAddresses(addresses: Iterable<string>): string[] {
  return [...new Set([...addresses].flatMap((a) => parseAddresses(a)))];
}
