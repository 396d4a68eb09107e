import type { ReleaseWindow } from '../utils/release-window.ts';

/** Before the window, inside it (dates known only roughly), or after it. */
export type ReleasePhase = 'before' | 'within' | 'after';

export function releasePhase(timing: ReleaseWindow, nowMs: number): ReleasePhase {
  if (nowMs < timing.startMs) return 'before';
  return nowMs < timing.endMs ? 'within' : 'after';
}
