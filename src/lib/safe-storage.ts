/**
 * localStorage that never throws. Private modes, disabled cookies and full quotas make
 * `localStorage` throw on access; the page then keeps preferences for this visit only.
 */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** False once the browser has refused storage: values written since live only in memory. */
  readonly persistent: boolean;
}

export function createSafeStorage(
  getStorage: () => Storage = () => window.localStorage,
): SafeStorage {
  // Only what storage refused to keep. Anything storage holds is read from storage, so a key
  // another tab removed is gone here too rather than brought back from an old copy.
  const unsaved = new Map<string, string>();
  let persistent = true;

  const attempt = (action: (storage: Storage) => void): boolean => {
    try {
      action(getStorage());
      return true;
    } catch {
      persistent = false;
      return false;
    }
  };

  return {
    get(key) {
      if (unsaved.has(key)) return unsaved.get(key) ?? null;
      let stored: string | null = null;
      attempt((storage) => {
        stored = storage.getItem(key);
      });
      return stored;
    },
    set(key, value) {
      if (
        attempt((storage) => {
          storage.setItem(key, value);
        })
      )
        unsaved.delete(key);
      else unsaved.set(key, value);
    },
    remove(key) {
      unsaved.delete(key);
      attempt((storage) => {
        storage.removeItem(key);
      });
    },
    get persistent() {
      return persistent;
    },
  };
}

/** The page's one storage, shared by every preference. */
export const safeStorage: SafeStorage = createSafeStorage();
