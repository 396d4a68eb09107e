/**
 * localStorage that never throws. Private modes, disabled cookies and full quotas make
 * `localStorage` throw on access; the page then keeps preferences for this visit only.
 */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** False when the browser refused storage and values live only in memory. */
  readonly persistent: boolean;
}

export function createSafeStorage(
  getStorage: () => Storage = () => window.localStorage,
): SafeStorage {
  const memory = new Map<string, string>();
  let persistent = true;

  const attempt = <T>(action: (storage: Storage) => T): T | undefined => {
    if (!persistent) return undefined;
    try {
      return action(getStorage());
    } catch {
      persistent = false;
      return undefined;
    }
  };

  return {
    get(key) {
      const stored = attempt((storage) => storage.getItem(key));
      return stored ?? memory.get(key) ?? null;
    },
    set(key, value) {
      memory.set(key, value);
      attempt((storage) => {
        storage.setItem(key, value);
      });
    },
    remove(key) {
      memory.delete(key);
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
