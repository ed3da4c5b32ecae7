/** Why a whole file is refused, before any row is looked at, with the HTTP answer it gets. */

/** The largest upload read: past it reading stops. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The most data rows one import may hold. */
export const MAX_ROWS = 5000;

export type ImportFailureCode = 'unreadable_file' | 'file_too_large' | 'unsupported_type' | 'too_many_rows' | 'empty_file' | 'no_file';

const STATUS: Record<ImportFailureCode, number> = {
  unreadable_file: 400,
  file_too_large: 413,
  unsupported_type: 415,
  too_many_rows: 400,
  empty_file: 400,
  no_file: 400,
};

/** A file refused as a whole; `message` is Chinese a person can act on. */
export class ImportFailure extends Error {
  readonly status: number;

  constructor(
    readonly code: ImportFailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFailure';
    this.status = STATUS[code];
  }
}

export const tooLarge = (): ImportFailure =>
  new ImportFailure('file_too_large', `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，请分成几个文件导入`);
