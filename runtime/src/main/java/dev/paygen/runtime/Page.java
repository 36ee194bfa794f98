package dev.paygen.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list operation, with the way to the next.
 *
 * <pre>{@code
 * for (Payment p : client.payments().list().autoPager()) { ... }   // fetches pages lazily
 * }</pre>
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;

  /** The response the items came from: what {@link #validate()} walks. */
  private final @Nullable Object response;
  /** Null on the last page, as is {@link #nextAsync}. */
  private final @Nullable Supplier<Page<T>> next;

  private final @Nullable Supplier<CompletableFuture<Page<T>>> nextAsync;

  Page(
      List<T> items,
      @Nullable Object response,
      @Nullable Supplier<Page<T>> next,
      @Nullable Supplier<CompletableFuture<Page<T>>> nextAsync) {
    this.items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    this.response = response;
    this.next = next;
    this.nextAsync = nextAsync;
  }

  /**
   * Returns this page's items.
   *
   * @return the items, possibly empty
   */
  public List<T> items() {
    return items;
  }

  /**
   * Validates the response this page was read from (reading is lenient: an item missing a
   * required field is still listed).
   *
   * @return the violations, with paths in the response body, e.g. {@code $.items[1].brand_id}
   */
  public List<Violation> validate() {
    return Validator.response(response);
  }

  /**
   * Returns whether a page follows this one.
   *
   * @return true when {@link #nextPage()} may be called
   */
  public boolean hasNextPage() {
    return next != null;
  }

  /**
   * Fetches the next page.
   *
   * @return the next page
   * @throws NoSuchElementException if this is the last page
   */
  public Page<T> nextPage() {
    if (next == null) {
      throw new NoSuchElementException("this is the last page");
    }
    return next.get();
  }

  /**
   * Fetches the next page without blocking.
   *
   * @return the next page, or a future failed with {@link NoSuchElementException} on the last page
   */
  public CompletableFuture<Page<T>> nextPageAsync() {
    if (nextAsync == null) {
      return CompletableFuture.failedFuture(new NoSuchElementException("this is the last page"));
    }
    return nextAsync.get();
  }

  /**
   * Returns every item of this and the following pages; a page is fetched only when iteration
   * reaches it, and each iterator starts again from this page.
   *
   * @return a lazy iterable over all items
   */
  public Iterable<T> autoPager() {
    return () -> new Iterator<T>() {
      private Page<T> page = Page.this;
      private int index;

      @Override
      public boolean hasNext() {
        while (index >= page.items.size()) {
          if (!page.hasNextPage()) {
            return false;
          }
          page = page.nextPage();
          index = 0;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.items.get(index++);
      }
    };
  }

  /**
   * Returns every item of this and the following pages as a sequential stream, fetched lazily.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(autoPager().spliterator(), false);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", hasNextPage=" + hasNextPage() + "}";
  }
}
