// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';

function throwingStorage(): Storage {
  throw new DOMException('The operation is insecure.', 'SecurityError');
}

describe('safe storage', () => {
  it('stores in localStorage when the browser allows it', () => {
    const storage = createSafeStorage();
    storage.set('spoilers', 'shown');
    expect(localStorage.getItem('spoilers')).toBe('shown');
    expect(storage.get('spoilers')).toBe('shown');
    expect(storage.persistent).toBe(true);
  });

  it('keeps values for the visit when accessing localStorage throws', () => {
    const storage = createSafeStorage(throwingStorage);
    expect(storage.get('spoilers')).toBeNull();
    storage.set('spoilers', 'shown');
    expect(storage.get('spoilers')).toBe('shown');
    expect(storage.persistent).toBe(false);
    storage.remove('spoilers');
    expect(storage.get('spoilers')).toBeNull();
  });

  it('keeps values when writing throws (quota full)', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const storage = createSafeStorage(() => full);
    storage.set('theme', 'light');
    expect(storage.get('theme')).toBe('light');
  });
});
