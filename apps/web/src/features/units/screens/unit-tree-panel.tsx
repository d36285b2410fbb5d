import { ROOT_PARENT } from '@partrack/contracts';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { getUnitsQueryOptions } from '../api/get-units';
import { UnitTree } from '../components/unit-tree';
import { toUnitBranch, type UnitBranch } from '../utils/unit-branches';

/** Large enough for any province's districts or communes in one request, small enough to stay quick. */
const TREE_PAGE_SIZE = 100;

interface BranchRequest {
  parentId: string;
  page: number;
}

/** The unit tree with its data: the root level first, each node's children when it is opened. */
export function UnitTreePanel({ validOn }: { validOn: string | null }) {
  const { t } = useTranslation();
  const [expandedIds, setExpandedIds] = useState<ReadonlySet<string>>(() => new Set());
  const [pageCounts, setPageCounts] = useState<ReadonlyMap<string, number>>(() => new Map());

  const requests: BranchRequest[] = [ROOT_PARENT, ...expandedIds].flatMap((parentId) =>
    Array.from({ length: pageCounts.get(parentId) ?? 1 }, (_, index) => ({ parentId, page: index + 1 })),
  );
  const results = useQueries({
    queries: requests.map(({ parentId, page }) =>
      getUnitsQueryOptions({ parentId, validOn: validOn ?? undefined, page, pageSize: TREE_PAGE_SIZE }),
    ),
  });

  const resultsOf = (parentId: string) => results.filter((_, index) => requests[index]?.parentId === parentId);

  const branchOf = (parentId: string): UnitBranch =>
    toUnitBranch(
      resultsOf(parentId).map((result) => ({ data: result.data, error: result.error, isPending: result.isPending })),
    );

  const branches = new Map<string, UnitBranch>();
  for (const id of expandedIds) branches.set(id, branchOf(id));

  const toKey = (parentId: string | null) => parentId ?? ROOT_PARENT;

  return (
    <UnitTree
      root={branchOf(ROOT_PARENT)}
      branches={branches}
      expandedIds={expandedIds}
      emptyMessage={validOn ? t('units.tree.emptyOnDate', { date: formatDate(validOn) }) : t('units.tree.empty')}
      onToggle={(unitId) =>
        setExpandedIds((current) => {
          const next = new Set(current);
          if (!next.delete(unitId)) next.add(unitId);
          return next;
        })
      }
      onLoadMore={(parentId) =>
        setPageCounts((current) => new Map(current).set(toKey(parentId), (current.get(toKey(parentId)) ?? 1) + 1))
      }
      onRetry={(parentId) => {
        for (const result of resultsOf(toKey(parentId))) {
          if (result.isError) void result.refetch();
        }
      }}
    />
  );
}
