/**
 * The immutable model of an API that every emitter reads: Java names, nullability, unions, inline
 * types, operations, pagination and auth are all decided before emission, so this package knows
 * nothing of Swagger Parser or JavaPoet.
 */
package dev.paygen.generator.model;
