// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';

// The real failure: in some private modes merely reading `window.localStorage` throws.
describe('safe storage when window.localStorage itself throws', () => {
  it('never throws and keeps values for the visit', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const storage = createSafeStorage();
    expect(() => storage.get('metallic-rouge:spoilers')).not.toThrow();
    expect(storage.get('metallic-rouge:spoilers')).toBeNull();
    storage.set('metallic-rouge:spoilers', 'premise');
    expect(storage.get('metallic-rouge:spoilers')).toBe('premise');
    expect(storage.persistent).toBe(false);
  });
});
