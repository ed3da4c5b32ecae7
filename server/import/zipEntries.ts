/**
 * The names and unpacked sizes a zip's central directory declares, read
 * before unpacking anything: enough to refuse a macro workbook or a zip bomb
 * without inflating a byte.
 */

export interface ZipEntry {
  name: string;
  /** As declared; 0xffffffff means a ZIP64 size, which no honest 5 MB workbook needs. */
  unpackedBytes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

/** Pure: the entries of a zip, or null when the bytes are not a whole zip (cut short, or something else). */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  const earliest = Math.max(0, bytes.length - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  let end = -1;
  for (let at = bytes.length - END_RECORD_BYTES; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const nameBytes = bytes.readUInt16LE(at + 28);
    const extraBytes = bytes.readUInt16LE(at + 30);
    const commentBytes = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameBytes > end) return null;
    entries.push({ name: bytes.toString('utf8', at + 46, at + 46 + nameBytes), unpackedBytes: bytes.readUInt32LE(at + 24) });
    at += 46 + nameBytes + extraBytes + commentBytes;
  }
  return entries;
}
