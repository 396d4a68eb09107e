import { safeStorage, type SafeStorage } from './safe-storage.ts';

/** What a preference says for this visit. */
export interface PreferenceSnapshot<T> {
  value: T;
  /** The visitor's own value, as stored: the same as `value` unless a link decides the visit. */
  stored: T;
  /** False when the browser refuses storage: the value lasts for this visit only. */
  remembered: boolean;
  /** True when a link's parameter decides this visit (and the stored value is left alone). */
  fromLink: boolean;
  /** A link parameter that could not be used, as given; the visit falls back to the stored value. */
  rejectedLinkValue: string | null;
}

export interface PreferenceStore<T> {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => PreferenceSnapshot<T>;
  /** What the pre-rendered HTML shows: the default, whatever the visitor stored. */
  getServerSnapshot: () => PreferenceSnapshot<T>;
  /**
   * Makes `value` the visitor's own: stored, and deciding the rest of the visit even where a link
   * decided it so far (from then on, as with no link, another tab's change applies here too).
   */
  set: (value: T) => void;
  /**
   * Applies `change` to this visit's value and, separately, to the stored one: a visit decided by
   * a link changes what was stored only by what the visitor changed, never by the link's value.
   */
  update: (change: (value: T) => T) => void;
  /** Lets the stored value decide the rest of the visit instead of a link's, storing nothing. */
  followStored: () => void;
}

/** What a link says: the parameter as given (null when absent) and the value, if usable. */
export interface LinkReading<T> {
  given: string | null;
  value: T | undefined;
}

export interface PreferenceOptions<T> {
  /** The localStorage key. */
  key: string;
  /** Reads a stored value; anything unknown or missing must give the default. */
  parse: (stored: string | null) => T;
  /** The value to store; null removes the key (the default needs no storage). */
  serialize: (value: T) => string | null;
  /**
   * A URL parameter that decides the visit: `parse` gives undefined for a value it rejects. Or,
   * where more than one parameter can decide, `read` works it out from the whole search string.
   */
  link?:
    | { param: string; parse: (given: string) => T | undefined }
    | { read: (search: string) => LinkReading<T> };
  storage?: SafeStorage;
  readSearch?: () => string;
}

/**
 * One stored preference: read lazily on the client (never while pre-rendering), written through
 * safe storage, and followed across tabs — a change or removal made in another tab of the page
 * applies here too, unless a link decides this visit.
 */
export function createPreference<T>({
  key,
  parse,
  serialize,
  link,
  storage = safeStorage,
  readSearch = () => window.location.search,
}: PreferenceOptions<T>): PreferenceStore<T> {
  const listeners = new Set<() => void>();
  const serverSnapshot: PreferenceSnapshot<T> = {
    value: parse(null),
    stored: parse(null),
    remembered: true,
    fromLink: false,
    rejectedLinkValue: null,
  };

  // What the link decided, read once per visit; `update` changes it for the visit, `set` ends it.
  let linked: LinkReading<T> | undefined;
  const readLink = (): LinkReading<T> => {
    if (!linked) {
      if (!link) linked = { given: null, value: undefined };
      else if ('read' in link) linked = link.read(readSearch());
      else {
        const given = new URLSearchParams(readSearch()).get(link.param);
        linked = { value: given === null ? undefined : link.parse(given), given };
      }
    }
    return linked;
  };

  let cached:
    | {
        link: LinkReading<T>;
        linkValue: T | undefined;
        storedText: string | null;
        snapshot: PreferenceSnapshot<T>;
      }
    | undefined;
  const getSnapshot = (): PreferenceSnapshot<T> => {
    const reading = readLink();
    const { value: linkValue, given } = reading;
    // Storage is read every time (it is cheap), so another tab's change or removal shows at once;
    // a visit decided by a link does not depend on it (only `stored` does).
    const storedText = storage.get(key);
    if (
      cached?.link === reading &&
      cached.linkValue === linkValue &&
      cached.storedText === storedText &&
      cached.snapshot.remembered === storage.persistent
    ) {
      return cached.snapshot;
    }
    const stored = parse(storedText);
    const snapshot: PreferenceSnapshot<T> = {
      value: linkValue ?? stored,
      stored,
      remembered: storage.persistent,
      fromLink: linkValue !== undefined,
      rejectedLinkValue: given !== null && linkValue === undefined ? given : null,
    };
    cached = { link: reading, linkValue, storedText, snapshot };
    return snapshot;
  };

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  const write = (value: T) => {
    const serialized = serialize(value);
    if (serialized === null) storage.remove(key);
    else storage.set(key, serialized);
  };

  const followOtherTabs = (event: StorageEvent) => {
    if (readLink().value !== undefined) return;
    // A null key means another tab cleared all of storage.
    if (event.key === key || event.key === null) notify();
  };

  return {
    subscribe: (listener) => {
      if (listeners.size === 0) window.addEventListener('storage', followOtherTabs);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', followOtherTabs);
      };
    },
    getSnapshot,
    getServerSnapshot: () => serverSnapshot,
    set: (value) => {
      // Forgets the link, a rejected one too: what it asked no longer bears on the page.
      linked = { value: undefined, given: null };
      write(value);
      notify();
    },
    followStored: () => {
      linked = { value: undefined, given: null };
      notify();
    },
    update: (change) => {
      const current = readLink();
      if (current.value !== undefined) current.value = change(current.value);
      write(change(parse(storage.get(key))));
      notify();
    },
  };
}
