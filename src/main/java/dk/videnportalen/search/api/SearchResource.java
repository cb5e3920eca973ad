package dk.videnportalen.search.api;

import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.search.RelatedItems;
import dk.videnportalen.search.SearchRequest;
import dk.videnportalen.search.SearchResult;
import dk.videnportalen.search.SearchService;
import dk.videnportalen.search.SuggestionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/search}, {@code /api/suggest} and {@code /api/items/{id}/related}. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Søgning", description = "Danish full-text search, suggestions and related items")
public class SearchResource {

  @Inject SearchService search;
  @Inject SuggestionService suggestions;
  @Inject RelatedItems related;
  @Inject Guard guard;

  @GET
  @Path("search")
  @Operation(summary = "Search packages, stories (and later threads, posts, course modules)",
      description = "Any text is a valid query: quotes make phrases, - excludes a word. Facets "
          + "(type, theme, audience, community, year) count the results and are drill-downs via "
          + "the same-named parameters. Snippets are HTML with <mark> around matches, at most about "
          + "230 characters (a longer passage is cut around its first match, with …); `page` is "
          + "the page or slide of the file (`fileId`) the snippet is from; a hit without a matching "
          + "passage has the start of its summary. `preview` is the first-page image of that file, "
          + "or else of the item's first file that has one (null for none).")
  public SearchResult search(
      @Parameter(description = "the words; empty lists every item the filters allow, newest first")
      @QueryParam("q") String q,
      @Parameter(description = "package, story, thread, post or module") @QueryParam("type") String type,
      @Parameter(description = "theme slug") @QueryParam("theme") String theme,
      @QueryParam("audience") String audience,
      @QueryParam("community") String community,
      @QueryParam("year") String year,
      @Parameter(description = "relevance (default) or newest") @QueryParam("sort") String sort,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("10") int size) {
    return search.search(
        new SearchRequest(q, type, theme, audience, community, year, sort, page, size),
        visibility());
  }

  @GET
  @Path("suggest")
  @Operation(summary = "Suggestions as you type: titles and frequent words")
  public List<String> suggest(@QueryParam("q") String q) {
    return suggestions.suggest(q, visibility());
  }

  @GET
  @Path("items/{id}/related")
  @Operation(summary = "Items related to an item (any type), most similar first")
  public List<SearchResult.Hit> related(@PathParam("id") long id) {
    return related.relatedTo(id, visibility());
  }

  private Set<String> visibility() {
    return SearchService.visibilityOf(guard.may(Action.READ_DRAFTS), Set.of());
  }
}
