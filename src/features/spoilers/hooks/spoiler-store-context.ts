import { createContext } from 'react';
import { spoilerStore, type SpoilerStore } from '../utils/spoiler-store.ts';

/** The page uses the one module-level store; tests provide a fresh one with their own storage. */
export const SpoilerStoreContext = createContext<SpoilerStore>(spoilerStore);
