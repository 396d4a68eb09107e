import { useId, useRef, useState } from 'react';
import { BUTTON_STYLE } from '../../../components/ui/button-style.ts';

/**
 * A link to hand on: shown in a read-only field, with "Copy link" (Clipboard API) and, where the
 * browser has one, "Share" (Web Share API). Where copying is refused, the field is selected so
 * the visitor can copy it themselves.
 */
export function ShareLink({ search, shareText }: { search: string; shareText: string }) {
  const id = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  // Relative to this page, so the link keeps any base path the page is served under.
  const url = new URL(search, window.location.href).href;
  const canShare = typeof navigator.share === 'function';

  const selectField = (why: string) => {
    fieldRef.current?.focus();
    fieldRef.current?.select();
    setMessage(why);
  };

  const copy = () => {
    // Missing where the page is not a secure context, though the types say otherwise.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      selectField('Copying is not available here: the link is selected, ready to copy.');
      return;
    }
    clipboard.writeText(url).then(
      () => {
        setMessage('Link copied.');
      },
      () => {
        selectField('The browser did not allow copying: the link is selected, ready to copy.');
      },
    );
  };

  const share = () => {
    navigator.share({ title: 'Watch-along', text: shareText, url }).catch(() => {
      // Closing the share sheet rejects too; nothing went wrong that needs saying.
    });
  };

  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-link`} className="font-semibold text-ink">
        The watch-along link
      </label>
      <input
        id={`${id}-link`}
        ref={fieldRef}
        type="text"
        readOnly
        value={url}
        onFocus={(event) => {
          event.currentTarget.select();
        }}
        className="block min-h-11 w-full rounded-md border border-line bg-surface-raised px-3 py-2 text-ink"
      />
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={copy} className={BUTTON_STYLE}>
          Copy link
        </button>
        {canShare && (
          <button type="button" onClick={share} className={BUTTON_STYLE}>
            Share
          </button>
        )}
      </div>
      <p role="status" className="text-sm text-ink-muted">
        {message}
      </p>
    </div>
  );
}
