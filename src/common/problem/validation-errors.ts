import { BadRequestException, ValidationError } from '@nestjs/common';

/** Flattens class-validator's tree into one entry per invalid field, named by its path (`quote.start`, `aliases.0`). */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): { path: string; message: string }[] {
  return errors.flatMap((error) => {
    const path = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

export function validationExceptionFactory(errors: ValidationError[]): BadRequestException {
  const flat = flattenValidationErrors(errors);
  return new BadRequestException({
    message: `The request is invalid: ${flat.map((e) => e.message).join('; ')}`,
    errors: flat,
  });
}
