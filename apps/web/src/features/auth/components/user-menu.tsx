import { Box, Button, Divider, Group, Paper, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useClickOutside, useId } from '@mantine/hooks';
import type { CurrentUser } from '@partrack/contracts';
import { IconChevronDown, IconKey, IconLogout, IconUser } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface UserMenuProps {
  user: CurrentUser;
  onChangePassword: () => void;
  onSignOut: () => void;
}

/**
 * Who is signed in (name, role, unit), with changing the password and signing out. A disclosure (a
 * button that shows a panel), not Mantine's Menu: the header is on every page, and Menu's positioning
 * engine alone would cost a tenth of the first download's budget.
 */
export function UserMenu({ user, onChangePassword, onSignOut }: UserMenuProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const containerRef = useClickOutside<HTMLDivElement>(() => setIsOpen(false));
  const role = t(`roles.${user.role}`);

  const choose = (action: () => void) => {
    setIsOpen(false);
    action();
  };

  return (
    <Box
      ref={containerRef}
      pos="relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && isOpen) {
          setIsOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <UnstyledButton
        ref={buttonRef}
        aria-label={t('app.userMenu.label', { name: user.displayName })}
        aria-expanded={isOpen}
        aria-controls={isOpen ? panelId : undefined}
        onClick={() => setIsOpen((open) => !open)}
        style={{ minWidth: 0 }}
      >
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" radius="xl" size={32} aria-hidden>
            <IconUser size={18} />
          </ThemeIcon>
          <Stack gap={0} visibleFrom="md" style={{ minWidth: 0, maxWidth: 220 }}>
            <Text size="sm" fw={600} truncate="end">
              {user.displayName}
            </Text>
            <Text size="xs" c="dimmed" truncate="end">
              {user.unit ? `${role} · ${user.unit.name}` : role}
            </Text>
          </Stack>
          <IconChevronDown size={14} aria-hidden />
        </Group>
      </UnstyledButton>
      {isOpen && (
        <Paper
          id={panelId}
          withBorder
          shadow="md"
          p={4}
          w={280}
          pos="absolute"
          right={0}
          top="calc(100% + 8px)"
          style={{ zIndex: 'var(--mantine-z-index-popover)' }}
        >
          <Stack gap={2} px="sm" py="xs">
            <Text size="sm" fw={600}>
              {user.displayName}
            </Text>
            <Text size="xs" c="dimmed">
              {t('app.userMenu.username', { username: user.username })}
            </Text>
            <Text size="xs">{t('app.userMenu.role', { role })}</Text>
            <Text size="xs">{t('app.userMenu.unit', { unit: user.unit?.name ?? t('app.userMenu.allUnits') })}</Text>
          </Stack>
          <Divider my={4} />
          <Button
            variant="subtle"
            color="gray"
            fullWidth
            justify="flex-start"
            leftSection={<IconKey size={16} aria-hidden />}
            onClick={() => choose(onChangePassword)}
          >
            {t('app.userMenu.changePassword')}
          </Button>
          <Button
            variant="subtle"
            color="gray"
            fullWidth
            justify="flex-start"
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => choose(onSignOut)}
          >
            {t('app.userMenu.signOut')}
          </Button>
        </Paper>
      )}
    </Box>
  );
}
