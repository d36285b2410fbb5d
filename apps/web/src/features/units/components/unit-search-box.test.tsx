import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { renderWithProviders } from '../../../testing/render';
import { UnitSearchBox } from './unit-search-box';

describe('UnitSearchBox', () => {
  it('is a search box labelled "Tìm đơn vị"', () => {
    renderWithProviders(<UnitSearchBox value="" onSearch={vi.fn()} />);
    expect(screen.getByRole('searchbox', { name: 'Tìm đơn vị' })).toBeInTheDocument();
  });

  it('is labelled "Find a unit" in English', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<UnitSearchBox value="" onSearch={vi.fn()} />);
    expect(screen.getByRole('searchbox', { name: 'Find a unit' })).toBeInTheDocument();
  });

  it('searches once, with the whole term, after typing pauses', () => {
    // Only timeouts are faked, so React keeps rendering; fireEvent avoids user-event's own timers.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const onSearch = vi.fn();
      renderWithProviders(<UnitSearchBox value="" onSearch={onSearch} debounceMs={300} />);
      const input = screen.getByRole('searchbox');

      for (const text of ['k', 'ki', 'kie', 'kien', 'kien ', 'kien t', 'kien th', 'kien thu', 'kien thuy']) {
        fireEvent.change(input, { target: { value: text } });
        vi.advanceTimersByTime(200);
      }
      vi.advanceTimersByTime(99);
      expect(onSearch).not.toHaveBeenCalled();

      vi.advanceTimersByTime(1);
      expect(onSearch).toHaveBeenCalledExactlyOnceWith('kien thuy');
      expect(input).toHaveValue('kien thuy');
    } finally {
      vi.useRealTimers();
    }
  });

  it('searches at once on Enter', async () => {
    const onSearch = vi.fn();
    const { user } = renderWithProviders(<UnitSearchBox value="" onSearch={onSearch} debounceMs={10_000} />);

    await user.type(screen.getByRole('searchbox'), 'phuong{Enter}');
    expect(onSearch).toHaveBeenCalledExactlyOnceWith('phuong');
  });

  it('shows a search changed elsewhere, such as by the back button', () => {
    const { rerender } = renderWithProviders(<UnitSearchBox value="kien" onSearch={vi.fn()} />);
    expect(screen.getByRole('searchbox')).toHaveValue('kien');

    rerender(<UnitSearchBox value="" onSearch={vi.fn()} />);
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });
});
