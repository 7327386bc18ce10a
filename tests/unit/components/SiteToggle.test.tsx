// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteToggle } from '../../../components/sidepanel/SiteToggle.tsx';
import { siteState } from '../../../components/sidepanel/use-sites.ts';

afterEach(cleanup);

const noop = {
  enable: async () => true,
  disable: async () => undefined,
};

describe('SiteToggle', () => {
  it('offers "Aktivera" on a site that is not enabled', () => {
    const state = siteState({ user: [], policy: [] }, 'https://journal.example.se/a');
    render(<SiteToggle state={state} tabId={1} {...noop} />);
    expect(screen.getByRole('button', { name: 'Aktivera på den här webbplatsen' })).toBeTruthy();
  });

  it('says the administrator switched the page context off, and offers nothing to enable or disable', () => {
    const state = siteState(
      { user: ['https://journal.example.se/*'], policy: [] },
      'https://journal.example.se/a',
    );
    render(<SiteToggle state={state} tabId={1} {...noop} contextOff />);
    expect(screen.getByText(/Sidkontext är avstängd av din administratör/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
