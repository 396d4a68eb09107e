/** Where widely read reports got a credit wrong: shown on the card so the fix travels with the fact. */
export function CorrectionNote({ text }: { text: string }) {
  return (
    <p className="rounded-md border-l-4 border-accent bg-surface-raised px-3 py-2 text-ink">
      <strong className="font-semibold">Correction: </strong>
      {text}
    </p>
  );
}
