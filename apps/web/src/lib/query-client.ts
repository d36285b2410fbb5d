import { QueryClient } from '@tanstack/react-query';
import { shouldRetryRequest } from './api-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Administrative units change a few times a decade; a minute of freshness saves many requests.
        staleTime: 60_000,
        retry: shouldRetryRequest,
        refetchOnWindowFocus: false,
      },
    },
  });
}
