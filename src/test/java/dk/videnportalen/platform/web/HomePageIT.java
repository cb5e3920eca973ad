package dk.videnportalen.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import dk.videnportalen.testing.Uploads;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The home page over plain HTTP: Danish by default, with the portal's navigation and pictures. */
@SharedPortal
class HomePageIT {

  @Test
  void homePageIsDanishWithTheMainNavigation(PortalClient portal) {
    PortalClient.Reply page = portal.get("/");
    assertEquals(200, page.status(), page::toString);
    String html = page.text();
    assertTrue(html.contains("lang=\"da\""), "Danish when the browser states no preference");
    for (String item : new String[] {"Søg", "Temaer", "Fællesskaber", "Forløb"}) {
      assertTrue(html.contains(">" + item + "<"), () -> "navigation item " + item);
    }
    assertTrue(html.contains("primefaces"), "rendered through JSF with PrimeFaces");
  }

  @Test
  void theNewestPackagesShowTheFirstPageOfTheirFirstFile(PortalServer portal) {
    String title = Uploads.uniqueTitle("Forsidebillede");
    JsonObject pkg = Uploads.createPackage(portal.admin(), title, "forside.txt",
        "Dagsorden for et personalemøde om feedback og progression."
            .getBytes(StandardCharsets.UTF_8));
    long fileId = pkg.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();

    String html = portal.client().get("/").text();
    int at = html.indexOf(">" + title + "<");
    assertTrue(at > 0, "the new package is among the newest on the home page");
    String item = html.substring(html.lastIndexOf("<li", at), html.indexOf("</li>", at));
    assertTrue(item.contains("src=\"/api/files/" + fileId + "/preview\""), item);
    assertTrue(item.contains("alt=\"\""), "the picture repeats the title's link: decorative");
  }

  @Test
  void englishIsServedWhenTheBrowserPrefersIt(PortalClient portal) {
    PortalClient.Reply page = portal.get("/", Map.of("Accept-Language", "en-GB,en;q=0.9"));
    assertEquals(200, page.status());
    assertTrue(page.text().contains("lang=\"en\""));
    assertTrue(page.text().contains(">Search<"));
  }

  @Test
  void navigationTargetsExistWithoutXhtmlInTheUrl(PortalClient portal) {
    for (String path : new String[] {"/soeg", "/temaer", "/faellesskaber", "/forloeb"}) {
      PortalClient.Reply page = portal.get(path);
      assertEquals(200, page.status(), () -> path + ": " + page);
    }
  }

  @Test
  void theSectionsStillOnTheirWaySaySoAndLeadToWhatExists(PortalClient portal) {
    String communities = portal.get("/faellesskaber").text();
    assertTrue(communities.contains("er på vej"), communities);
    assertTrue(communities.contains("href=\"/soeg?q=interessef%C3%A6llesskab\""), communities);
    String courses = portal.get("/forloeb").text();
    assertTrue(courses.contains("er på vej"), courses);
    assertTrue(courses.contains("href=\"/soeg?q=%22nye+ledere%22\""), courses);
  }

  @Test
  void unknownPagesGetAFriendlyDanishNotFoundPage(PortalClient portal) {
    PortalClient.Reply page = portal.get("/findes-slet-ikke");
    assertEquals(404, page.status());
    assertTrue(page.text().contains("Siden findes ikke"), page::toString);
    assertFalse(page.text().contains("Exception"), "no stack trace");
  }
}
