import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type DirectiveView, directiveViews } from '../utils/directive-filters';

export interface ViewSwitchProps {
  view: DirectiveView;
  onChange: (view: DirectiveView) => void;
}

/** Everything, the inspectors' review queue, or the extension requests leaders decide. */
export function ViewSwitch({ view, onChange }: ViewSwitchProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text id={labelId} size="sm" fw={500}>
        {t('directives.views.label')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={view}
        onChange={(value) => onChange(directiveViews.find((known) => known === value) ?? 'all')}
        data={directiveViews.map((each) => ({ value: each, label: t(`directives.views.${each}`) }))}
        w="fit-content"
      />
    </Stack>
  );
}
