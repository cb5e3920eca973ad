package dk.videnportalen.web.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.Browser;
import dk.videnportalen.testing.Browser.Mode;
import dk.videnportalen.testing.Browser.Violation;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * axe-core on every signed-in page type — sign-in, my account, the editors' and the
 * administrators' pages — on a desktop and a 375 px phone: no serious or critical violations
 * and no sideways scrolling. Screenshots land in target/screenshots/.
 */
@SharedPortal
class SignedInAccessibilityIT {

  private static final List<String> PAGES = List.of("/konto", "/konto/adgangskode", "/redaktion",
      "/redaktion/pakke", "/redaktion/fortaelling", "/redaktion/temaer", "/redaktion/synonymer",
      "/redaktion/soegestatistik", "/redaktion/import", "/admin", "/admin/soegeindeks",
      "/admin/logbog");

  @ParameterizedTest
  @EnumSource(Mode.class)
  void everySignedInPageTypePassesAxe(Mode mode, PortalServer portal) {
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(portal.baseUri(), mode)) {
      browser.go("/log-ind");
      check(browser, "log-ind", mode, problems);
      browser.driver().findElement(By.id("f:username")).sendKeys("admin");
      browser.driver().findElement(By.id("f:password")).sendKeys(PortalServer.ADMIN_PASSWORD);
      browser.driver().findElement(By.id("f:submit")).click();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (browser.path().startsWith("/log-ind") && System.nanoTime() < deadline) {
        pause();
      }
      for (String page : PAGES) {
        browser.go(page);
        assertFalse(browser.path().startsWith("/log-ind"), () -> "signed out at " + page);
        check(browser, page, mode, problems);
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  private static void check(Browser browser, String page, Mode mode, List<String> problems) {
    for (Violation v : browser.seriousAccessibilityViolations()) {
      problems.add(mode.label() + " " + page + ": " + v + " " + browser.script(
          "var e = document.querySelector(arguments[0]); return e ? e.outerHTML : '';",
          v.targets().get(0).replaceAll("^\\[\"|\"\\]$", "").replace("\\\\", "\\")));
    }
    Object overflow = browser.script(
        "return document.documentElement.scrollWidth > window.innerWidth + 1;");
    if (mode == Mode.MOBILE && Boolean.TRUE.equals(overflow)) {
      problems.add(mode.label() + " " + page + ": scrolls sideways at 375 px");
    }
    browser.screenshot("signed-in" + page.replace('/', '-') + "-" + mode.label());
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
