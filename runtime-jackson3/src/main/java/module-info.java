/**
 * The paygen runtime on Jackson 3: transport, JSON, retries, errors, pages and webhooks for
 * generated clients.
 */
module dev.paygen.runtime {
  requires transitive java.net.http; // HttpClient is part of ClientOptions' API
  requires transitive tools.jackson.databind; // java.time support is built in
  requires transitive org.jspecify; // @NullMarked and @Nullable are part of the API

  exports dev.paygen.runtime;
}
