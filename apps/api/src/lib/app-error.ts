import { type ErrorCode, type ErrorIssue, errorStatusByCode } from '@partrack/contracts';

/** The one error type services throw; the error handler turns it into the error shape. */
export class AppError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super(message);
    this.name = 'AppError';
    this.statusCode = errorStatusByCode[code];
  }

  static notFound(entity: string, id: string): AppError {
    return new AppError('NOT_FOUND', `${entity} ${id} was not found`);
  }
}
