/**
 * Up to two letters for a monogram: the first character of the first and last words
 * ("Yutaka Izubuchi" → "YI", "Noid 262" → "N2", "BONES" → "B"). Iterating by code point keeps
 * characters outside the Basic Multilingual Plane whole.
 */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/u)
    .filter((word) => word.length > 0);
  const first = words[0];
  if (first === undefined) return '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const initial = (word: string) => (Array.from(word)[0] ?? '').toLocaleUpperCase('en');
  return initial(first) + (last === undefined ? '' : initial(last));
}
