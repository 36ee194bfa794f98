/**
 * The runtime that paygen-generated clients call: {@link dev.paygen.runtime.ApiClient} sends
 * {@link dev.paygen.runtime.ApiRequest}s over the JDK {@code HttpClient} with authentication,
 * retries with backoff and idempotency keys, maps error statuses to typed unchecked exceptions
 * ({@link dev.paygen.runtime.ApiException} and its subclasses), reads JSON with one shared Jackson
 * mapper, pages through lists ({@link dev.paygen.runtime.Page}), reads generated sealed unions
 * ({@link dev.paygen.runtime.UnionDeserializer}), holds what every generated open enum shares
 * ({@link dev.paygen.runtime.OpenEnum}) and verifies Standard Webhooks signatures
 * ({@link dev.paygen.runtime.WebhookVerifier}). Everything not documented here is internal.
 *
 * <p>The package is {@link NullMarked}: a type is non-null unless it is annotated {@link Nullable}.
 */
@NullMarked
package dev.paygen.runtime;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
