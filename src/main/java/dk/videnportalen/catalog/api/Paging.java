package dk.videnportalen.catalog.api;

/** Bounds for page and size query parameters: nobody can ask for a million rows. */
final class Paging {

  static final int MAX_SIZE = 100;

  private Paging() {}

  static int page(int page) {
    return Math.max(0, Math.min(page, 10_000));
  }

  static int size(int size) {
    return size <= 0 ? 20 : Math.min(size, MAX_SIZE);
  }
}
