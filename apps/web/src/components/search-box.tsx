import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';

export interface SearchBoxProps {
  /** The search currently applied (from the URL). */
  value: string;
  /** Called once typing pauses, or at once on Enter. */
  onSearch: (value: string) => void;
  label: string;
  placeholder?: string;
  debounceMs?: number;
}

/** A search field that searches as one types, without a request per keystroke. */
export function SearchBox({ value, onSearch, label, placeholder, debounceMs = 300 }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const lastSent = useRef(value);

  // Follow changes made elsewhere (back button, "clear filters") but never our own echo, which
  // could arrive after the reader has typed more and would eat their keystrokes.
  useEffect(() => {
    if (value.trim() !== lastSent.current.trim()) {
      lastSent.current = value;
      setText(value);
    }
  }, [value]);

  const send = useDebouncedCallback((next: string) => {
    lastSent.current = next;
    onSearch(next);
  }, debounceMs);

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      autoComplete="off"
      spellCheck={false}
      maxLength={100}
      onChange={(event) => {
        setText(event.currentTarget.value);
        send(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') send.flush();
      }}
    />
  );
}
