import type { NativeName } from '../../../data/show-types.ts';

/** A name in its own script, tagged with its language so screen readers and fonts treat it right. */
export function NativeNameLine({ nativeName }: { nativeName: NativeName }) {
  return (
    <p className="text-ink-muted">
      <span lang={nativeName.lang}>{nativeName.text}</span>
      {!nativeName.confirmed && <span className="text-sm"> (spelling not confirmed)</span>}
    </p>
  );
}
