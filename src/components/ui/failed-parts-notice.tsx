import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  getFailedParts,
  getNoFailedParts,
  retryFailedParts,
  subscribeToFailedParts,
} from '../../lib/part-failures.ts';
import { PROBLEM_BOX, TryAgainButton } from './try-again-button.tsx';

const LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * Says which parts of the page did not get their code, and tries them again. The parts keep
 * their pre-rendered HTML meanwhile, so all the page said is still there; what is missing is what
 * they do (a chooser that opens, times in the visitor's zone). Nothing renders while all is well.
 */
export function FailedPartsNotice() {
  const failed = useSyncExternalStore(subscribeToFailedParts, getFailedParts, getNoFailedParts);
  const [retrying, setRetrying] = useState(false);
  const [recovered, setRecovered] = useState(false);
  const [triedAgain, setTriedAgain] = useState(false);
  const notice = useRef<HTMLDivElement>(null);

  // The button goes with the failures: focus moves to the note that says they are over.
  useEffect(() => {
    if (recovered) notice.current?.focus();
  }, [recovered]);

  const retry = async () => {
    if (retrying) return;
    setRetrying(true);
    const allWorking = await retryFailedParts();
    setRecovered(allWorking);
    setTriedAgain(true);
    setRetrying(false);
  };

  // Kept while retrying: the last failure going away must not unmount the note under the press.
  if (failed.length === 0 && !recovered && !retrying) return null;
  return (
    <div ref={notice} tabIndex={-1} role="status" className="mx-auto mb-4 max-w-6xl px-4 sm:px-6">
      <div className={PROBLEM_BOX}>
        {failed.length === 0 ? (
          <p>Every part of the page has loaded now.</p>
        ) : (
          <>
            <p>
              Some of the page&rsquo;s code could not be downloaded. Until it is, these parts stay
              as the page first showed them: {LIST.format(failed.map((part) => part.what))}. Check
              the connection, then try again.
              {triedAgain && !retrying && ' Tried again just now: still not downloaded.'}
            </p>
            <TryAgainButton onClick={() => void retry()} busy={retrying} />
          </>
        )}
      </div>
    </div>
  );
}
