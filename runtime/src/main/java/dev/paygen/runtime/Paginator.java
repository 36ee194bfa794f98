package dev.paygen.runtime;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * How a list response of type {@code R} holds its items {@code T} and how to ask for the page after
 * it: by page number or by cursor.
 *
 * @param <R> the response type, e.g. {@code GetPaymentsListResponse}
 * @param <T> the item type
 */
public final class Paginator<R, T> {
  private interface Next<R, T> {
    @Nullable
    ApiRequest after(ApiRequest current, R response, List<T> items);
  }

  private final Function<R, List<T>> items;
  private final Next<R, T> next;

  private Paginator(Function<R, List<T>> items, Next<R, T> next) {
    this.items = items;
    this.next = next;
  }

  /**
   * Pages by number: the next request sets {@code pageParam} to the current page plus one, the
   * current page being the request's own value or {@code firstPage} when it sent none. The last
   * page is one with no items, or with fewer items than the size parameter asked for.
   *
   * @param pageParam the page-number query parameter, e.g. {@code page_number}
   * @param firstPage the page the API serves when none is asked for (0 for Dodo Payments)
   * @param sizeParam the page-size query parameter, e.g. {@code page_size}, or null
   * @param items reads the items of a response
   * @param <R> the response type
   * @param <T> the item type
   * @return the paginator
   */
  public static <R, T> Paginator<R, T> pageNumber(
      String pageParam, int firstPage, @Nullable String sizeParam, Function<R, List<T>> items) {
    Objects.requireNonNull(pageParam, "`pageParam` is required, but was null");
    return new Paginator<>(items, (current, response, list) -> {
      if (list.isEmpty()) {
        return null;
      }
      if (sizeParam != null) {
        Long size = asLong(current.queryParam(sizeParam).orElse(null), sizeParam);
        if (size != null && list.size() < size) {
          return null;
        }
      }
      Long page = asLong(current.queryParam(pageParam).orElse(null), pageParam);
      long number = page != null ? page : firstPage;
      return current.withQueryParam(pageParam, number + 1);
    });
  }

  /**
   * Pages by cursor: when {@code hasMore} is true, the next request sets {@code cursorParam} to the
   * id of the last item.
   *
   * @param cursorParam the cursor query parameter, e.g. {@code starting_after}
   * @param items reads the items of a response
   * @param hasMore reads the response's {@code has_more} flag
   * @param idOf reads an item's id
   * @param <R> the response type
   * @param <T> the item type
   * @return the paginator
   */
  public static <R, T> Paginator<R, T> cursor(
      String cursorParam,
      Function<R, List<T>> items,
      Predicate<R> hasMore,
      Function<T, @Nullable String> idOf) {
    Objects.requireNonNull(cursorParam, "`cursorParam` is required, but was null");
    return new Paginator<>(items, (current, response, list) -> {
      if (list.isEmpty() || !hasMore.test(response)) {
        return null;
      }
      String id = idOf.apply(list.get(list.size() - 1));
      return id == null ? null : current.withQueryParam(cursorParam, id);
    });
  }

  List<T> items(@Nullable R response) {
    if (response == null) {
      return List.of();
    }
    List<T> list = items.apply(response);
    return list == null ? List.of() : list;
  }

  /** The request for the page after this one, or null when this is the last. */
  @Nullable
  ApiRequest next(ApiRequest current, @Nullable R response, List<T> items) {
    return response == null ? null : next.after(current, response, items);
  }

  private static @Nullable Long asLong(@Nullable Object value, String param) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number number) {
      return number.longValue();
    }
    try {
      return Long.parseLong(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "query parameter `" + param + "` must be a whole number to page, but was " + value, e);
    }
  }
}
