package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.videnportalen.search.SearchDocument.Visibility;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index itself hides what a caller may not see: totals, hits and facet counts alike. */
class IndexVisibilityTest {

  @Test
  void eachCallerFindsPublicItemsAndOnlyTheRestrictedOnesTheyMaySee(@TempDir Path dir)
      throws IOException {
    try (InProcessPortalSearch index = new InProcessPortalSearch(dir)) {
      index.add(item(1, "Udeskole i skoven", Visibility.PUBLIC));
      index.add(item(2, "Udeskole kladde", Visibility.EDITORS));
      index.add(item(3, "Udeskole i naturfællesskabet", Visibility.community(7)));
      index.add(item(4, "Udeskole i bevægelsesfællesskabet", Visibility.community(8)));
      index.commitAndRefresh();

      assertEquals(Set.of(1L), found(index, SearchService.visibilityOf(false, Set.of())));
      assertEquals(Set.of(1L, 2L), found(index, SearchService.visibilityOf(true, Set.of())));
      assertEquals(Set.of(1L, 3L), found(index, SearchService.visibilityOf(false, Set.of(7L))));
      assertEquals(Set.of(1L, 2L, 3L, 4L),
          found(index, SearchService.visibilityOf(true, Set.of(7L, 8L))));

      SearchResult anonymous = index.search(request(), SearchService.visibilityOf(false, Set.of()));
      assertEquals(1, anonymous.total());
      assertEquals(1L, anonymous.facets().get(IndexFields.TYPE).get(0).count(),
          "facet counts leave out what the caller cannot see");
    }
  }

  private static Set<Long> found(InProcessPortalSearch index, Set<String> visibility) {
    return index.search(request(), visibility).hits().stream()
        .map(SearchResult.Hit::id).collect(Collectors.toSet());
  }

  private static SearchRequest request() {
    return new SearchRequest("udeskole", null, null, null, null, null, null, 0, 10);
  }

  private static SearchDocument item(long id, String title, Visibility visibility) {
    return new SearchDocument(id, ItemType.STORY, title, "En fortælling om udeskole.",
        List.of("natur"), List.of("Natur"), null, null, LocalDate.of(2026, 5, 1),
        "/fortaellinger/" + id, visibility, "Børnene var ude hele dagen.", List.of());
  }
}
