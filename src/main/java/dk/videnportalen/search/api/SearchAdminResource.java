package dk.videnportalen.search.api;

import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.search.SearchAnalytics;
import dk.videnportalen.search.SynonymService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Editors' tools for search: what staff search for, and the synonym list. */
@Path("admin/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class SearchAdminResource {

  @Inject SearchAnalytics analytics;
  @Inject SynonymService synonyms;
  @Inject Guard guard;

  /** Analytics as returned. */
  public record Analytics(List<SearchAnalytics.Row> frequent, List<SearchAnalytics.Row> zeroResults) {}

  @GET
  @Path("analytics")
  @Operation(summary = "Most frequent queries and queries that found nothing (counts only)")
  public Analytics analytics(@QueryParam("max") @DefaultValue("50") int max) {
    guard.require(Action.VIEW_SEARCH_ANALYTICS);
    int m = Math.max(1, Math.min(max, 500));
    return new Analytics(analytics.frequent(m), analytics.zeroResults(m));
  }

  @GET
  @Path("synonyms")
  @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
  @Operation(summary = "The synonym rules, one per line (Solr format)")
  public String synonyms() {
    guard.require(Action.MANAGE_SYNONYMS);
    return String.join("\n", synonyms.rules()) + "\n";
  }

  @PUT
  @Path("synonyms")
  @Consumes(MediaType.TEXT_PLAIN)
  @Operation(summary = "Replace the synonym rules; they apply to the next search, no restart")
  public List<String> replace(String text) {
    guard.require(Action.MANAGE_SYNONYMS);
    return synonyms.replace(text);
  }
}
