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

  /** What `action` gives, or `refused` when the browser throws (and storage is not persistent). */
  const attempt = <R>(action: (storage: Storage) => R, refused: R): R => {
    try {
      return action(getStorage());
    } catch {
      persistent = false;
      return refused;
    }
  };

  return {
    get: (key) => unsaved.get(key) ?? attempt((storage) => storage.getItem(key), null),
    set(key, value) {
      const saved = attempt((storage) => {
        storage.setItem(key, value);
        return true;
      }, false);
      if (saved) unsaved.delete(key);
      else unsaved.set(key, value);
    },
    remove(key) {
      unsaved.delete(key);
      attempt((storage) => {
        storage.removeItem(key);
      }, undefined);
    },
    get persistent() {
      return persistent;
    },
  };
}

/** The page's one storage, shared by every preference. */
export const safeStorage: SafeStorage = createSafeStorage();
