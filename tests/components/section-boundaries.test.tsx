import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { renderWithClient } from '../test-utils.tsx';

// One section that fails to render, as a bug in it would.
vi.mock('../../src/features/credits/components/credits-section.tsx', () => ({
  CreditsSection: () => {
    throw new Error('A bug in the credits');
  },
}));

describe('a section that breaks', () => {
  it('shows its own error and leaves the rest of the page working', async () => {
    renderWithClient(<App />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Metallic Rouge');
    expect(screen.getByRole('alert')).toHaveTextContent(
      /staff and cast section could not be shown/i,
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /release/i })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /story/i })).toBeInTheDocument();
  });
});
