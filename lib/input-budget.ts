// How much one call of a server action may carry. Parsing is linear in the input at best (and worse
// where many values are wrong), so an input far larger than any of the app's forms sends is refused
// before it is parsed: one request cannot keep the server busy for seconds.

/** Values (texts, numbers, array items, object fields) in the largest input a form of the app sends, with room to spare. */
export const MAX_INPUT_VALUES = 5_000;

/** Whether the input holds more values than the budget; stops counting as soon as it does. */
export function exceedsInputBudget(input: unknown, budget = MAX_INPUT_VALUES): boolean {
  let left = budget;
  const pending: unknown[] = [input];
  while (pending.length) {
    const value = pending.pop();
    if (--left < 0) return true;
    if (value instanceof FormData) {
      for (const entry of value.values()) pending.push(entry);
    } else if (Array.isArray(value)) {
      if (value.length > left) return true;
      pending.push(...value);
    } else if (value && typeof value === "object") {
      const values = Object.values(value);
      if (values.length > left) return true;
      pending.push(...values);
    }
  }
  return false;
}
