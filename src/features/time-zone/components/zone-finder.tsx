import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useZoneChoice, type ZoneChoice } from '../hooks/use-zone-choice.ts';
import { allZones, findZones, type ZoneEntry } from '../utils/zone-search.ts';

/**
 * Finds a zone by typing a city: the WAI-ARIA APG combobox with a listbox popup, list
 * autocomplete with automatic selection. Focus stays in the text box; the arrow keys move the
 * highlighted option (aria-activedescendant), Enter or a click chooses it; Escape closes the
 * list, then clears the box, then closes the finder. Loaded only when the visitor opens it.
 */
export function ZoneFinder({ onClose }: { onClose: () => void }) {
  const choice = useZoneChoice();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState(false);
  const zones = useMemo(() => allZones(), []);
  const matches = useMemo(() => findZones(query, zones), [query, zones]);
  const open = expanded && matches.length > 0;
  const noMatch = expanded && matches.length === 0;
  const activeEntry = open ? matches[active] : undefined;
  const optionId = (index: number) => `${id}option-${index}`;

  // The visitor opened the chooser to type in it.
  useEffect(() => {
    input.current?.focus();
  }, []);

  useEffect(() => {
    if (open)
      document.getElementById(`${id}option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active, id]);

  const pick = (entry: ZoneEntry) => {
    choice?.choose(entry.zone);
    setQuery(entry.city);
    setExpanded(false);
    setPicked(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    if (event.key === 'ArrowDown') {
      if (!open) setActive(0);
      else if (!event.altKey) setActive(Math.min(active + 1, last));
      setExpanded(true);
    } else if (event.key === 'ArrowUp') {
      setActive(open ? Math.max(active - 1, 0) : last);
      setExpanded(true);
    } else if (event.key === 'Enter' && activeEntry) {
      pick(activeEntry);
    } else if (event.key === 'Escape') {
      if (open) setExpanded(false);
      else if (query) setQuery('');
      else onClose();
    } else {
      return;
    }
    event.preventDefault();
  };

  return (
    <div className="max-w-xl">
      <label htmlFor={`${id}input`} className="block font-semibold text-ink">
        Find a time zone by city
      </label>
      <p id={`${id}hint`} className="text-sm text-ink-muted">
        Type part of a city&rsquo;s name, or of a zone&rsquo;s such as &ldquo;Pacific Time&rdquo;,
        then choose with the arrow keys and Enter.
      </p>
      <input
        ref={input}
        id={`${id}input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}list`}
        aria-activedescendant={activeEntry ? optionId(active) : undefined}
        aria-describedby={`${id}hint`}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setExpanded(true);
          setActive(0);
          setPicked(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setExpanded(false);
        }}
        className="mt-2 min-h-11 w-full rounded-md border border-line bg-surface px-3 py-2 text-ink"
      />
      <div
        id={`${id}list`}
        role="listbox"
        // Focus stays in the text box (aria-activedescendant); never a tab stop of its own.
        tabIndex={-1}
        aria-label="Time zones"
        hidden={!open}
        // Keeps focus in the text box when an option is clicked, so the click lands.
        onMouseDown={(event) => {
          event.preventDefault();
        }}
        className="mt-1 max-h-72 overflow-y-auto rounded-md border border-line bg-surface"
      >
        {open &&
          matches.map((entry, index) => (
            // Keyboard users reach the options through the combobox (aria-activedescendant).
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <div
              key={entry.zone}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              onClick={() => {
                pick(entry);
              }}
              className="group cursor-pointer px-3 py-2 text-ink aria-selected:bg-accent aria-selected:text-on-accent"
            >
              <span className="font-semibold">{entry.city}</span>{' '}
              <span className="text-sm text-ink-muted group-aria-selected:text-on-accent">
                {entry.name && `${entry.name}, `}
                {entry.offset} · {entry.zone}
              </span>
            </div>
          ))}
      </div>
      {/* Read out as it changes; shown only when nothing matches, as the list shows the rest. */}
      <p role="status" className={noMatch ? 'mt-2 text-ink' : 'sr-only'}>
        {status(query, matches.length, noMatch, picked && choice)}
      </p>
    </div>
  );
}

function status(
  query: string,
  count: number,
  noMatch: boolean,
  picked: ZoneChoice | null | false,
): string {
  if (picked) {
    return `Times on this page are now shown in ${picked.zone}${picked.remembered ? ', remembered on this device' : ', for this visit only'}.`;
  }
  if (noMatch) return `No zone matches “${query}”. Try a larger city nearby, or the zone’s name.`;
  if (!query.trim()) return '';
  return count === 1 ? 'One zone matches.' : `${count} zones match.`;
}
