/**
 * Up to two letters for a monogram: the first character of the first and last words
 * ("Yutaka Izubuchi" → "YI", "Noid 262" → "N2", "BONES" → "B"). Iterating by code point keeps
 * characters outside the Basic Multilingual Plane whole.
 */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/u).filter((word) => word !== '');
  const firstAndLast = words.length > 1 ? [words[0], words.at(-1)] : words;
  return firstAndLast
    .map((word) => Array.from(word ?? '')[0]?.toLocaleUpperCase('en') ?? '')
    .join('');
}
