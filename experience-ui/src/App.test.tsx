import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { experienceApi } from './api/experience';
import { fail, ok, profileStep, submitStep, view } from './test/fakeApi';

describe('App routing', () => {
  it('shows the not-found view for unknown paths', () => {
    render(<App path="/nowhere" />);
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('serves the registration page', async () => {
    vi.spyOn(experienceApi, 'getInteraction').mockResolvedValue(
      ok(view([profileStep, submitStep], { interactionEvent: 'Register' })),
    );
    vi.spyOn(experienceApi, 'getSignInExperience').mockResolvedValue(fail('application.not_found'));
    render(<App path="/register" />);
    expect(await screen.findByRole('heading', { name: 'Create your account for Relying Party' })).toBeInTheDocument();
    expect(screen.getByLabelText('Confirm password')).toBeInTheDocument();
  });

  it('serves the demo page, with or without a trailing slash', () => {
    render(<App path="/demo/" />);
    expect(screen.getByRole('heading', { name: 'Gatehouse demo app' })).toBeInTheDocument();
    expect(screen.getByTestId('demo-client-id')).toHaveTextContent('demo');
  });
});
