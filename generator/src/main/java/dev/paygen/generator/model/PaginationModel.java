package dev.paygen.generator.model;

/**
 * How a list operation pages, recognised from the spec or stated by {@code x-paygen-pagination}: by
 * page numbers or by cursors, each shape with exactly the parts the runtime's pager needs.
 */
public sealed interface PaginationModel {

  /** {@return the accessor of the response's array property ({@code items})} */
  String itemsJavaName();

  /** {@return the array's item type} */
  TypeRef itemType();

  /**
   * Pages asked for by number.
   *
   * @param pageParam the page-number query parameter ({@code page_number})
   * @param firstPage the first page's number (0 for Dodo)
   * @param sizeParam the page-size query parameter, or null when the operation has none
   * @param itemsJavaName the accessor of the response's array property ({@code items})
   * @param itemType the array's item type
   */
  record PageNumberPagination(
      String pageParam, int firstPage, String sizeParam, String itemsJavaName, TypeRef itemType)
      implements PaginationModel {}

  /**
   * Pages asked for by the id of the last item seen, while the response says there are more.
   *
   * @param cursorParam the cursor query parameter ({@code starting_after})
   * @param itemsJavaName the accessor of the response's array property ({@code data})
   * @param itemType the array's item type
   * @param hasMoreJavaName the accessor of the response's {@code has_more} flag
   * @param idJavaName the item accessor giving the next cursor ({@code id})
   */
  record CursorPagination(
      String cursorParam,
      String itemsJavaName,
      TypeRef itemType,
      String hasMoreJavaName,
      String idJavaName)
      implements PaginationModel {}
}
