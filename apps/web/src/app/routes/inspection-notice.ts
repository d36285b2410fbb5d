import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const notices = ['created', 'saved', 'deleted'] as const;
type Notice = (typeof notices)[number];

/** What a screen navigated here with (`state: { notice: 'saved' }`), in words, and a way to dismiss it. */
export function useInspectionNotice(): { notice: string | null; onNoticeClose: () => void } {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const value = (location.state as { notice?: unknown } | null)?.notice;
  const notice = notices.find((known): known is Notice => known === value) ?? null;
  return {
    notice: notice ? t(`inspections.detail.notices.${notice}`) : null,
    onNoticeClose: () => void navigate(`${location.pathname}${location.search}`, { replace: true, state: null }),
  };
}
