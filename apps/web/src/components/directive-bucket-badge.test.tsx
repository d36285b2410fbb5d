import type { DirectiveBucket } from '@partrack/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../lib/i18n';
import { renderWithProviders } from '../testing/render';
import { bucketStyles, DirectiveBucketBadge } from './directive-bucket-badge';

const labels: [DirectiveBucket, string][] = [
  ['done_on_time', 'Hoàn thành đúng hạn'],
  ['done_late', 'Hoàn thành quá hạn'],
  ['open_within_deadline', 'Đang thực hiện trong hạn'],
  ['open_overdue', 'Đang thực hiện quá hạn'],
];

/** WCAG relative luminance of `#RRGGBB`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe('DirectiveBucketBadge', () => {
  it.each(labels)('names the %s bucket in words', (bucket, label) => {
    renderWithProviders(<DirectiveBucketBadge bucket={bucket} />);
    expect(screen.getByText(label)).toBeInTheDocument();
  });

  it('gives every bucket its own colour, with text readable on it', () => {
    const backgrounds = new Set(Object.values(bucketStyles).map((style) => style.background));
    expect(backgrounds.size).toBe(4);
    for (const { background, color } of Object.values(bucketStyles)) {
      const [light, dark] = [luminance(background), luminance(color)].sort((a, b) => b - a);
      expect(((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('speaks English when the interface does', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<DirectiveBucketBadge bucket="open_overdue" />);
    expect(screen.getByText('Open, overdue')).toBeInTheDocument();
  });
});
