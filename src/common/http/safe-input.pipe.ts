import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { findUnsafeInput, unsafeInputError } from './safe-input';

/**
 * No text in a newsroom has a NUL character (and PostgreSQL cannot store one) or half a UTF-16
 * surrogate pair (validators crash on it, e.g. the email check with a URIError): refuse either as
 * bad input (400, naming the field) before the ValidationPipe and the services see it. Runs on every
 * body, query and path parameter; JSON bodies were already checked, with their depth, as they were
 * parsed (see json-body.ts), and the walk here is iterative too.
 */
@Injectable()
export class RejectUnsafeInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const found = findUnsafeInput(value, metadata.type === 'param' || metadata.type === 'query' ? (metadata.data ?? '') : '');
    if (found) throw unsafeInputError(found);
    return value;
  }
}
