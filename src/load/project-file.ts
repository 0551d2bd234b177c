import type { Stats } from 'node:fs';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../problems.ts';
import { relativeToRoot } from './root-paths.ts';

/**
 * The largest deck or data file Quarterdeck reads: 4 MB. The IIJ figures of a whole quarter fit in
 * 10 KB, so a real file is far below it, while a file above it would cost seconds and a gigabyte of
 * memory to parse before any mistake in it could be reported. The size is checked before reading.
 */
export const fileSizeLimit = 4 * 1024 * 1024;

/** Why a file cannot be read, said after its name: "data/x.yaml is a folder, not a file." */
export interface Unreadable {
  /** No such file: callers say where it was expected. */
  missing: boolean;
  message: string;
  hint: string;
}

export type ResolvedPath = { ok: true; real: string; info: Stats } | { ok: false; unreadable: Unreadable };

/**
 * Where `absolute` really is, after every symbolic link, refused unless that lies under the real
 * root: a link in data/ to /etc/passwd, or a template linked in from elsewhere, would otherwise be
 * published or run. Paths compared as text would let such a link through.
 */
export async function resolveProjectPath(root: string, absolute: string): Promise<ResolvedPath> {
  let real: string;
  let info: Stats;
  try {
    real = await realpath(absolute);
    const inside = path.relative(await realRoot(root), real);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      return refuse(`links outside the project (to ${real}).`, 'Quarterdeck reads only files under --root. Copy the file into the project instead of linking to it.');
    }
    info = await stat(real);
  } catch (error) {
    return { ok: false, unreadable: await whyUnresolved(absolute, error as NodeJS.ErrnoException) };
  }
  return { ok: true, real, info };
}

const realRoots = new Map<string, string>();

/**
 * The root's real path, found once per process: a load checks hundreds of files against it, and
 * asking the file system each time was a large part of loading a project. A root that cannot be resolved is asked
 * again next time.
 */
async function realRoot(root: string): Promise<string> {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = await realpath(root);
    realRoots.set(root, real);
  }
  return real;
}

/** `resolveProjectPath` for a file: a folder or a device is refused too. */
export async function resolveProjectFile(root: string, absolute: string): Promise<ResolvedPath> {
  const resolved = await resolveProjectPath(root, absolute);
  if (!resolved.ok) return resolved;
  if (resolved.info.isDirectory()) return refuse('is a folder, not a file.', 'Name a file inside it.');
  if (!resolved.info.isFile()) return refuse('is not a regular file.', 'Name a plain file.');
  return resolved;
}

export type TextRead = { ok: true; text: string } | { ok: false; unreadable: Unreadable } | { ok: false; problems: Problem[] };

/**
 * The text of a deck or data file, read only when it lies under the real root, is a plain file no
 * larger than `fileSizeLimit`, and is UTF-8. Bad bytes are a problem at their line, not U+FFFD on
 * a slide.
 */
export async function readProjectText(root: string, absolute: string): Promise<TextRead> {
  const resolved = await resolveProjectFile(root, absolute);
  if (!resolved.ok) return resolved;
  const { size } = resolved.info;
  if (size > fileSizeLimit) {
    return refuse(`is ${megabytes(size)}, more than the ${megabytes(fileSizeLimit)} a deck or data file may hold.`, 'Split the figures over several files.');
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(resolved.real);
  } catch (error) {
    return { ok: false, unreadable: await whyUnresolved(absolute, error as NodeJS.ErrnoException) };
  }
  return decodeUtf8(relativeToRoot(root, absolute), bytes);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(file: string, bytes: Uint8Array): TextRead {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const { offset, line, column } = firstBadByte(bytes);
    const shown = Array.from(bytes.subarray(offset, offset + 2), (byte) => `0x${byte.toString(16).padStart(2, '0')}`).join(' ');
    return {
      ok: false,
      problems: [
        {
          file,
          line,
          column,
          path: [],
          message: `The file is not UTF-8: the bytes ${shown} at byte offset ${offset} (line ${line}) are not valid UTF-8.`,
          hint: decodesAsShiftJis(bytes)
            ? 'The file reads cleanly as Shift-JIS. Convert it to UTF-8, for example: iconv -f SHIFT_JIS -t UTF-8 old.yaml > new.yaml, or save it as UTF-8 in your editor.'
            : 'Save the file as UTF-8 in your editor.',
        },
      ],
    };
  }
}

// Every character before the first bad byte decoded cleanly, so its offset is exact: a lenient
// decode up to the first U+FFFD that the bytes do not spell out (EF BF BD) is the valid prefix.
function firstBadByte(bytes: Uint8Array): { offset: number; line: number; column: number } {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  let offset = 0;
  let line = 1;
  let column = 1;
  for (const char of text) {
    const isReplacement = char === '\uFFFD' && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd);
    if (isReplacement) break;
    offset += Buffer.byteLength(char, 'utf8');
    if (char === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { offset, line, column };
}

function decodesAsShiftJis(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What a failed file-system call means to the user, for the file or folder it was about. */
export async function whyUnresolved(absolute: string, error: NodeJS.ErrnoException): Promise<Unreadable> {
  switch (error.code) {
    case 'ENOENT': {
      const link = await lstat(absolute).catch(() => undefined);
      return link?.isSymbolicLink()
        ? { missing: false, message: 'is a link to a file that does not exist.', hint: 'Point the link at an existing file, or replace it by the file.' }
        : { missing: true, message: 'does not exist.', hint: 'Check the name and the folder.' };
    }
    case 'ENOTDIR':
      return { missing: true, message: 'does not exist: part of its path is a file, not a folder.', hint: 'Check the folders in the path.' };
    case 'ELOOP':
      return { missing: false, message: 'is a loop of symbolic links.', hint: 'Replace the link by the file it should point at.' };
    case 'EACCES':
    case 'EPERM':
      return { missing: false, message: 'cannot be read: permission denied.', hint: 'Give your user read access to it (chmod a+r).' };
    case 'EISDIR':
      return { missing: false, message: 'is a folder, not a file.', hint: 'Name a file inside it.' };
    default:
      return { missing: false, message: `cannot be read (${error.code ?? error.message}).`, hint: 'Check that the file can be opened.' };
  }
}

function refuse(message: string, hint: string): { ok: false; unreadable: Unreadable } {
  return { ok: false, unreadable: { missing: false, message, hint } };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
