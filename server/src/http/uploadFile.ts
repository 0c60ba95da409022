import type { Request, Response } from 'express'
import multer from 'multer'
import { HttpError } from '../errors.ts'
import { MAX_FILE_BYTES } from '../import/limits.ts'

// In memory and bounded: one file of at most MAX_FILE_BYTES and a handful of small fields, so an
// upload cannot fill the disk or the heap.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10, fieldSize: 16 * 1024 },
}).single('file')

/** Parses a multipart request with one `file` field; maps upload errors to 4xx. */
export function uploadFile(req: Request, res: Response): Promise<Express.Multer.File | undefined> {
  return new Promise((resolve, reject) => {
    upload(req, res, (err: unknown) => {
      if (!err) return resolve(req.file)
      if (err instanceof multer.MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE') {
          return reject(
            new HttpError(413, 'too_large', `Het bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB.`),
          )
        }
        return reject(new HttpError(400, 'invalid_upload', `Het bestand kon niet worden ontvangen (${err.code}).`))
      }
      reject(new HttpError(400, 'invalid_upload', 'Het bestand kon niet worden ontvangen.'))
    })
  })
}
