package dev.paygen.generator.model;

/**
 * How a list operation pages, recognised from the spec or stated by {@code x-paygen-pagination}.
 *
 * @param kind page numbers or cursors
 * @param pageParam the page-number query parameter ({@code page_number}), for page-number pages
 * @param firstPage the first page's number (0 for Dodo)
 * @param sizeParam the page-size query parameter, or null
 * @param cursorParam the cursor query parameter ({@code starting_after}), for cursor pages
 * @param itemsProperty the response's array property ({@code items}, {@code data})
 * @param itemsJavaName that property's record accessor ({@code items})
 * @param itemType the array's item type
 * @param hasMoreJavaName the accessor of the {@code has_more} flag, for cursor pages
 * @param idJavaName the item accessor giving the next cursor ({@code id}), for cursor pages
 */
public record PaginationModel(
    Kind kind,
    String pageParam,
    int firstPage,
    String sizeParam,
    String cursorParam,
    String itemsProperty,
    String itemsJavaName,
    TypeRef itemType,
    String hasMoreJavaName,
    String idJavaName) {

  /** The two page shapes the runtime pages through. */
  public enum Kind {
    PAGE_NUMBER, CURSOR
  }
}
