import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';

describe('App routing', () => {
  it('shows the not-found view for unknown paths', () => {
    render(<App path="/nowhere" />);
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('serves the demo page, with or without a trailing slash', () => {
    render(<App path="/demo/" />);
    expect(screen.getByRole('heading', { name: 'Gatehouse demo app' })).toBeInTheDocument();
    expect(screen.getByTestId('demo-client-id')).toHaveTextContent('demo');
  });
});
