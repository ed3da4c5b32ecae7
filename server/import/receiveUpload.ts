/** Receives one uploaded file from a multipart/form-data request (field `file`), reading no further than the size limit. */
import busboy from 'busboy';
import type { Request } from 'express';
import { ImportFailure, MAX_FILE_BYTES, tooLarge } from './importFailure';

export interface Upload {
  fileName: string;
  bytes: Buffer;
}

/** The form's own bytes around the file: a declared length past the limit plus this is refused unread. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const noFile = () => new ImportFailure('no_file', '请选择要导入的文件（表单字段 file，.xlsx 或 .csv）');

/** Reads the `file` field; other fields are ignored. Rejects with an ImportFailure the caller answers. */
export function receiveUpload(req: Request, limit = MAX_FILE_BYTES): Promise<Upload> {
  return new Promise((resolve, reject) => {
    if (Number(req.get('content-length') ?? 0) > limit + MULTIPART_OVERHEAD_BYTES) return reject(tooLarge());
    let parser: busboy.Busboy;
    try {
      // Browsers send a file name as raw UTF-8: 诉求.xlsx, not latin-1 mojibake.
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: limit, fields: 20, parts: 30 } });
    } catch {
      return reject(noFile());
    }
    let upload: Upload | null = null;
    let settled = false;
    const fail = (failure: ImportFailure) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      reject(failure);
    };
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || upload !== null) return void stream.resume();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(tooLarge()));
      stream.on('end', () => {
        upload = { fileName: info.filename ?? '', bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('error', () => fail(new ImportFailure('unreadable_file', '上传的表单不完整，请重新选择文件上传')));
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      if (upload === null) reject(noFile());
      else resolve(upload);
    });
    // A client that goes away mid-upload would otherwise leave this waiting for ever.
    req.on('close', () => {
      if (!req.complete) fail(new ImportFailure('unreadable_file', '上传中断了，请重新上传'));
    });
    req.pipe(parser);
  });
}
