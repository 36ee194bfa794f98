/** The paygen runtime: transport, JSON, retries, errors, pages and webhooks for generated clients. */
module dev.paygen.runtime {
  requires transitive java.net.http; // HttpClient is part of ClientOptions' API
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive org.jspecify; // @NullMarked and @Nullable are part of the API

  exports dev.paygen.runtime;
}
