package dk.videnportalen.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.Browser;
import dk.videnportalen.testing.Browser.Mode;
import dk.videnportalen.testing.Browser.Violation;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The public pages in headless Chromium: a colleague searches, opens a result and downloads its
 * file; browses a theme and filters it; and every public page type passes axe-core without
 * serious or critical violations, on a desktop and a 375 px phone. Screenshots of each page type
 * land in target/screenshots/.
 */
@SharedPortal
class PublicPagesBrowserIT {

  private static PublicContent content;

  @BeforeAll
  static void createContent(PortalServer portal) {
    Browser.assumeAvailable();
    content = PublicContent.create(portal.admin());
  }

  @Test
  void searchOpenAResultAndDownloadItsFile(PortalServer portal) {
    try (Browser browser = Browser.open(portal.baseUri(), Mode.DESKTOP)) {
      browser.go("/");
      WebElement box = browser.driver().findElement(By.id("q"));
      box.sendKeys("skovens matematik " + content.word().substring(0, 10));
      await("suggestions appear", () -> !browser.driver().findElements(
          By.cssSelector("#q-forslag li[role=option]")).isEmpty()
          && browser.driver().findElement(By.id("q-forslag")).isDisplayed());
      assertEquals("true", box.getAttribute("aria-expanded"));
      box.sendKeys(Keys.ARROW_DOWN);
      assertTrue(box.getAttribute("aria-activedescendant").startsWith("q-forslag-"));
      box.sendKeys(Keys.ESCAPE);
      assertEquals("false", box.getAttribute("aria-expanded"));

      box.clear();
      box.sendKeys(content.word(), Keys.ENTER);
      await("the search page", () -> browser.path().startsWith("/soeg?q="));
      WebElement hit = browser.driver().findElement(By.cssSelector("ol.hits li.hit"));
      assertTrue(hit.findElement(By.cssSelector(".snippet mark")).getText()
          .equalsIgnoreCase(content.word()), "the match is highlighted in the snippet");
      browser.screenshot("search-flow-results");

      hit.findElement(By.cssSelector(".hit-title a")).click();
      await("the package page", () -> browser.path().startsWith("/pakker/" + content.packageId()));
      assertEquals(content.packageTitle(), browser.driver().findElement(By.tagName("h1")).getText());
      WebElement file = browser.driver().findElement(By.id("fil-" + content.fileId()));
      assertTrue(file.getAttribute("class").contains("found"), "the file the hit came from is marked");

      String href = file.findElement(By.cssSelector("a[download]")).getAttribute("href");
      PortalClient.Reply download = portal.client().get(href.substring(href.indexOf("/api/")));
      assertEquals(200, download.status());
      assertTrue(download.header("Content-Type").startsWith("text/plain"), download.header("Content-Type"));
      assertArrayEquals(content.fileBytes(), download.body());
    }
  }

  @Test
  void browseAThemeAndFilterIt(PortalServer portal) {
    try (Browser browser = Browser.open(portal.baseUri(), Mode.DESKTOP)) {
      browser.go("/temaer");
      browser.driver().findElement(By.linkText(content.themeName())).click();
      await("the theme page", () -> browser.path().equals("/temaer/" + content.themeSlug()));
      assertEquals(content.themeName(), browser.driver().findElement(By.tagName("h1")).getText());
      String list = browser.driver().findElement(By.cssSelector("section .item-list")).getText();
      assertTrue(list.contains(content.packageTitle()) && list.contains(content.storyTitle()), list);

      browser.driver().findElement(By.cssSelector("#f-type option[value=story]")).click();
      browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
      await("the filtered theme page", () -> browser.path().contains("type=story"));
      String stories = browser.driver().findElement(By.cssSelector("section .item-list")).getText();
      assertTrue(stories.contains(content.storyTitle()) && !stories.contains(content.packageTitle()),
          stories);

      browser.driver().navigate().back();
      await("back to the whole theme", () -> !browser.path().contains("type=story"));
      assertTrue(browser.driver().getPageSource().contains(content.packageTitle()));

      browser.driver().findElement(By.linkText(content.storyTitle())).click();
      await("the story page", () -> browser.path().equals("/fortaellinger/" + content.storyId()));
      List<String> steps = browser.driver().findElements(By.cssSelector(".story-steps h2")).stream()
          .map(WebElement::getText).map(s -> s.replaceAll("^\\d\\s*", "")).toList();
      assertEquals(List.of("Udfordring", "Indsats", "Udbytte"), steps);
    }
  }

  @Test
  void theBreadcrumbListsAllPackagesAndAThemeNarrowsThem(PortalServer portal) {
    try (Browser browser = Browser.open(portal.baseUri(), Mode.DESKTOP)) {
      browser.go("/pakker/" + content.packageId());
      browser.driver().findElement(By.cssSelector(".breadcrumbs li:nth-child(2) a")).click();
      await("all packages", () -> browser.path().equals("/soeg?type=package"));
      assertEquals("Læringspakker", browser.driver().findElement(By.tagName("h1")).getText());
      assertTrue(browser.driver().findElement(By.id("afgraens")).getAttribute("open") != null,
          "the filters are open beside the results");
      assertFalse(browser.driver().findElements(By.cssSelector("ol.hits li.hit")).isEmpty());
      assertTrue(browser.driver().findElements(By.cssSelector(".sort")).isEmpty(),
          "without words the list is newest first, with nothing to rank by");

      // By address: the shared portal's many test themes may push this one out of the 30 shown.
      browser.go("/soeg?type=package&theme=" + content.themeSlug());
      List<String> titles = browser.driver().findElements(By.cssSelector("ol.hits .hit-title"))
          .stream().map(WebElement::getText).toList();
      assertEquals(List.of(content.packageTitle()), titles);
      String snippet = browser.driver().findElement(By.cssSelector("ol.hits .snippet")).getText();
      assertTrue(snippet.startsWith("Et forløb om tal og mål"), "the summary describes it: " + snippet);
      WebElement preview = browser.driver().findElement(By.cssSelector("ol.hits .thumb img"));
      assertTrue(preview.getAttribute("src").endsWith("/api/files/" + content.fileId() + "/preview"));
      await("the picture of the package's file loads", () -> (Boolean) browser.script(
          "return arguments[0].complete && arguments[0].naturalWidth > 0;", preview));

      browser.go("/fortaellinger");
      await("all stories", () -> browser.path().equals("/soeg?type=story"));
    }
  }

  @Test
  void onAPhoneTheFirstResultIsInViewAndTheFiltersUnfoldOnATap(PortalServer portal) {
    try (Browser browser = Browser.open(portal.baseUri(), Mode.MOBILE)) {
      browser.go("/soeg?theme=" + content.themeSlug());
      WebElement refine = browser.driver().findElement(By.id("afgraens"));
      assertNull(refine.getAttribute("open"), "folded on a phone");
      Number hitTop = (Number) browser.script(
          "return document.querySelector('ol.hits li.hit').getBoundingClientRect().top;");
      Number screen = (Number) browser.script("return window.innerHeight;");
      assertTrue(hitTop.doubleValue() < screen.doubleValue(),
          "the first result starts at " + hitTop + " px on a " + screen + " px screen");
      browser.screenshot("search-phone-folded");

      refine.findElement(By.tagName("summary")).click();
      assertNotNull(refine.getAttribute("open"));
      WebElement stories = refine.findElement(By.cssSelector("a[href*='type=story']"));
      stories.click();
      await("only stories", () -> browser.path().contains("type=story"));
      assertEquals(List.of(content.storyTitle()), browser.driver()
          .findElements(By.cssSelector("ol.hits .hit-title")).stream().map(WebElement::getText).toList());
      assertFalse(browser.driver().findElements(By.cssSelector(".chips .chip")).isEmpty(),
          "the chosen filter shows while the filters are folded");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void everyPublicPageTypeHasNoSeriousAccessibilityViolations(Mode mode, PortalServer portal) {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "/");
    pages.put("themes", "/temaer");
    pages.put("theme", "/temaer/" + content.themeSlug());
    pages.put("search", "/soeg?q=" + content.word());
    pages.put("search-empty", "/soeg?q=zzqxjvbnm");
    pages.put("package", "/pakker/" + content.packageId());
    pages.put("story", "/fortaellinger/" + content.storyId());
    pages.put("file-text", "/tekst/" + content.fileId());
    pages.put("communities", "/faellesskaber");
    pages.put("accessibility", "/tilgaengelighed");
    pages.put("not-found", "/pakker/987654321");
    Map<String, List<Violation>> problems = new LinkedHashMap<>();
    try (Browser browser = Browser.open(portal.baseUri(), mode)) {
      for (Map.Entry<String, String> page : pages.entrySet()) {
        browser.go(page.getValue());
        assertFalse(browser.driver().getPageSource().contains("Exception"), page.getKey());
        List<Violation> found = browser.seriousAccessibilityViolations();
        browser.screenshot(page.getKey() + "-" + mode.label());
        if (!found.isEmpty()) {
          problems.put(page.getKey(), found);
        }
        if (mode == Mode.MOBILE) {
          Number overflow = (Number) browser.script(
              "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
          assertTrue(overflow.intValue() <= 0, page.getKey() + " scrolls sideways at 375 px by " + overflow);
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> "axe-core at " + mode.label() + ": " + problems);
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException notYet) {
        // element not there yet
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("timed out waiting for " + what);
  }
}
