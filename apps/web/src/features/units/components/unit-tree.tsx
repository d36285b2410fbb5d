import { ActionIcon, Anchor, Box, Button, Group, Text } from '@mantine/core';
import type { Unit } from '@partrack/contracts';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import type { UnitBranch } from '../utils/unit-branches';
import { UnitLevelBadge } from './unit-level-badge';
import { UnitValidity } from './unit-validity';

export interface UnitTreeProps {
  /** Units without a parent. */
  root: UnitBranch;
  /** Children of the nodes that have been expanded, by parent id. */
  branches: ReadonlyMap<string, UnitBranch>;
  expandedIds: ReadonlySet<string>;
  onToggle: (unitId: string) => void;
  /** `null` is the root level. */
  onLoadMore: (parentId: string | null) => void;
  onRetry: (parentId: string | null) => void;
  emptyMessage: string;
}

type TreeContext = Omit<UnitTreeProps, 'root'>;

const TOGGLE_SIZE = 28;

function childrenListId(unitId: string): string {
  return `unit-children-${unitId}`;
}

/** Lists a unit's children one level at a time; deeper levels load only when a node is opened. */
export function UnitTree({ root, ...context }: UnitTreeProps) {
  const { t } = useTranslation();
  return (
    <Box component="nav" aria-label={t('units.tree.label')}>
      <BranchView branch={root} parentId={null} context={context} />
    </Box>
  );
}

function BranchView({
  branch,
  parentId,
  context,
  id,
}: {
  branch: UnitBranch;
  parentId: string | null;
  context: TreeContext;
  id?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();

  if (branch.status === 'pending') {
    return (
      <Box id={id}>
        <LoadingState />
      </Box>
    );
  }
  if (branch.status === 'error') {
    return (
      <Box id={id} py="xs">
        <ErrorAlert error={branch.error} onRetry={() => context.onRetry(parentId)} />
      </Box>
    );
  }
  if (branch.units.length === 0) {
    return (
      <Text id={id} size="sm" c="dimmed" py="xs">
        {context.emptyMessage}
      </Text>
    );
  }
  return (
    <Box id={id}>
      <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {branch.units.map((unit) => (
          <TreeNode key={unit.id} unit={unit} context={context} />
        ))}
      </Box>
      {branch.error != null && (
        <Box py="xs">
          <ErrorAlert error={branch.error} onRetry={() => context.onRetry(parentId)} />
        </Box>
      )}
      {branch.error == null && branch.units.length < branch.total && (
        <Button
          variant="subtle"
          size="compact-sm"
          ml={TOGGLE_SIZE}
          my={4}
          loading={branch.isLoadingMore}
          onClick={() => context.onLoadMore(parentId)}
        >
          {t('units.tree.loadMore', {
            loaded: format.number(branch.units.length),
            total: format.number(branch.total),
          })}
        </Button>
      )}
    </Box>
  );
}

function TreeNode({ unit, context }: { unit: Unit; context: TreeContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isExpanded = context.expandedIds.has(unit.id);
  const hasChildren = unit.childCount > 0;
  const branch = context.branches.get(unit.id);

  return (
    <li>
      <Group gap="xs" wrap="nowrap" align="center" py={4}>
        {hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size={TOGGLE_SIZE}
            aria-expanded={isExpanded}
            aria-controls={isExpanded ? childrenListId(unit.id) : undefined}
            aria-label={t(isExpanded ? 'units.tree.collapse' : 'units.tree.expand', { name: unit.name })}
            onClick={() => context.onToggle(unit.id)}
          >
            <IconChevronRight
              size={18}
              aria-hidden
              style={{ transform: isExpanded ? 'rotate(90deg)' : undefined, transition: 'transform 120ms ease' }}
            />
          </ActionIcon>
        ) : (
          <Box w={TOGGLE_SIZE} style={{ flexShrink: 0 }} />
        )}
        <Group gap="xs" wrap="wrap" align="center">
          <UnitLevelBadge level={unit.level} />
          <Anchor component={Link} to={paths.units.detail(unit.id)} fw={500}>
            {unit.name}
          </Anchor>
          {unit.code && (
            <Text size="sm" c="dimmed">
              {t('units.code', { code: unit.code })}
            </Text>
          )}
          {hasChildren && (
            <Text size="xs" c="dimmed">
              {t('units.tree.childCount', { count: unit.childCount, countText: format.number(unit.childCount) })}
            </Text>
          )}
          <UnitValidity validFrom={unit.validFrom} validTo={unit.validTo} size="xs" />
        </Group>
      </Group>
      {isExpanded && (
        <Box ml={TOGGLE_SIZE / 2} pl={TOGGLE_SIZE / 2} style={{ borderLeft: '1px solid var(--mantine-color-gray-3)' }}>
          <BranchView
            id={childrenListId(unit.id)}
            branch={branch ?? { status: 'pending', units: [], total: 0, error: null, isLoadingMore: false }}
            parentId={unit.id}
            context={context}
          />
        </Box>
      )}
    </li>
  );
}
