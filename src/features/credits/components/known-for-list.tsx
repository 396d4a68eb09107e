/** Earlier works, one per line: titles carry their own commas and colons, so joining them would blur them. */
export function KnownForList({ works }: { works: readonly string[] }) {
  return (
    <ul className="list-disc space-y-0.5 pl-5">
      {works.map((work) => (
        <li key={work}>{work}</li>
      ))}
    </ul>
  );
}
