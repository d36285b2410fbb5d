const MAX_FILE_NAME_LENGTH = 255;
/** Longer "extensions" are part of the name, not a type to keep. */
const MAX_EXTENSION_LENGTH = 16;

/**
 * A client's file name made a harmless label: no directories, no control characters (PostgreSQL text
 * cannot hold NUL, and CR/LF have no place in a name), not `.` or `..`, and at most 255 characters
 * with its extension kept. Files are stored under generated keys, so the name is only ever shown and
 * sent back in Content-Disposition.
 */
export function toSafeFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '')
    .replace(/\p{Cc}/gu, '')
    .split(/[/\\]/)
    .at(-1)
    ?.trim();
  if (!base || /^\.+$/.test(base)) return fallback;
  const characters = [...base];
  if (characters.length <= MAX_FILE_NAME_LENGTH) return base;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= MAX_EXTENSION_LENGTH ? base.slice(dot) : '';
  return characters.slice(0, MAX_FILE_NAME_LENGTH - extension.length).join('') + extension;
}
