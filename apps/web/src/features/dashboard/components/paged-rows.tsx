import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../../components/pager';

/** Rows shown per page in a dashboard table: a national list of units is read a page at a time. */
export const TABLE_PAGE_SIZE = 50;

/** A table's rows a page at a time, with the pager below when there is more than one page. */
export function PagedRows<T>({ rows, children }: { rows: T[]; children: (page: T[]) => ReactNode }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pageCount = Math.max(1, Math.ceil(rows.length / TABLE_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const shown = rows.slice((current - 1) * TABLE_PAGE_SIZE, current * TABLE_PAGE_SIZE);
  return (
    <>
      {children(shown)}
      {rows.length > TABLE_PAGE_SIZE && (
        <Pager
          page={current}
          pageSize={TABLE_PAGE_SIZE}
          total={rows.length}
          count={shown.length}
          onPageChange={setPage}
          summary={(range) => t('dashboard.table.showing', range)}
          label={t('dashboard.table.pages')}
        />
      )}
    </>
  );
}
