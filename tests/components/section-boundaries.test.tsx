import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { renderWithClient } from '../test-utils.tsx';

// One island that fails to render, as a bug in it would.
vi.mock('../../src/features/release/components/countdown-card.tsx', () => ({
  CountdownCard: () => {
    throw new Error('A bug in the countdown');
  },
}));

describe('an island that breaks', () => {
  it('shows its own error and leaves the rest of the page working', async () => {
    renderWithClient(<App />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Metallic Rouge');
    expect(screen.getByRole('alert')).toHaveTextContent(/release card could not be shown/i);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /release/i })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /story/i })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /staff and cast/i })).toBeInTheDocument();
  });
});
