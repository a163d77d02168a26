/**
 * Errors the fake raises, shaped like OfficeExtension.Error: a stable `code`, a message, and
 * debugInfo. Codes are Excel's (PropertyNotLoaded, InvalidArgument, ItemNotFound,
 * RequestPayloadSizeLimitExceeded, ...).
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function invalidArgument(message: string, where?: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', message, where);
}

export function itemNotFound(what: string, where?: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}.`, where);
}
