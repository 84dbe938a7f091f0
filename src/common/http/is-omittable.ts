import { ValidateIf } from 'class-validator';

/**
 * For fields that may be left out but not set to null: class-validator's IsOptional lets null
 * through to the service, where "title": null would mean nothing sensible. Fields that can really be
 * cleared keep IsOptional after a ValidateIf for null.
 */
export const IsOmittable = () => ValidateIf((_object, value) => value !== undefined);
