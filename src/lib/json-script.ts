/**
 * JSON inside a <script> element (query state, JSON-LD): `<` is escaped so the text can never
 * close the element early, whatever the data holds.
 */
export function jsonScript(value: unknown, attributes: string): string {
  return `<script ${attributes}>${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}
