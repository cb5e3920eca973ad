package dk.videnportalen.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} driven through its own
 * {@code chromedriver}, so Selenium Manager never downloads anything. Each browser has a fresh
 * profile in a temp dir. Helpers run axe-core (from the {@code org.webjars.npm:axe-core} jar) and
 * save screenshots under {@code target/screenshots/}.
 *
 * <p>Without Chromium or its driver the calling test is skipped with the reason printed, never
 * failed: {@link #assumeAvailable()}.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));

  /** How the page is viewed. */
  public enum Mode {
    DESKTOP(1280, 900),
    /** A phone-sized viewport, 375 CSS pixels wide. */
    MOBILE(375, 812);

    final int width;
    final int height;

    Mode(int width, int height) {
      this.width = width;
      this.height = height;
    }

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** An axe-core rule violation: rule id, impact, what it means and the elements involved. */
  public record Violation(String id, String impact, String help, List<String> targets) {
    @Override
    public String toString() {
      return impact + " " + id + ": " + help + " " + targets;
    }
  }

  private static String axeSource;

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;
  private final URI base;

  private Browser(URI base, Mode mode) {
    this.base = base;
    try {
      profile = Files.createTempDirectory("vp-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--lang=da-DK",
        "--user-data-dir=" + profile,
        "--window-size=" + mode.width + "," + mode.height);
    if (mode == Mode.MOBILE) {
      options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
          Map.of("width", mode.width, "height", mode.height, "pixelRatio", 2.0, "touch", true)));
    }
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da-DK,da"));
    ChromeDriver started;
    try {
      started = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteProfile();
      throw e;
    }
    driver = started;
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    if (mode == Mode.DESKTOP) {
      driver.manage().window().setSize(new Dimension(mode.width, mode.height));
    }
  }

  /** Skips the calling test, saying why, when Chromium or chromedriver is not installed. */
  public static void assumeAvailable() {
    String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM + " is missing"
        : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER + " is missing" : null;
    if (missing != null) {
      String reason = "Browser test skipped: " + missing
          + " (install Debian's chromium and chromium-driver)";
      System.out.println(reason);
    }
    Assumptions.assumeTrue(missing == null, () -> "Browser test skipped: " + missing);
  }

  /** A browser on the portal at {@code base}; skips the test if there is no Chromium. */
  public static Browser open(URI base, Mode mode) {
    assumeAvailable();
    return new Browser(base, mode);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Goes to a path of the portal, e.g. {@code /soeg?q=data}. */
  public Browser go(String path) {
    driver.get(base.resolve(path).toString());
    return this;
  }

  public String path() {
    URI current = URI.create(driver.getCurrentUrl());
    return current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /**
   * Runs axe-core on the current page (all rules, WCAG 2.1 A/AA and best practice) and returns
   * the violations of impact serious or critical.
   */
  public List<Violation> seriousAccessibilityViolations() {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axe());
    Object raw = js.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(function (r) { done(JSON.stringify(r.violations)); })"
            + ".catch(function (e) { done('ERROR ' + e); });");
    String json = String.valueOf(raw);
    if (json.startsWith("ERROR")) {
      throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + json);
    }
    List<Violation> serious = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonArray violations = reader.readArray();
      for (JsonValue v : violations) {
        JsonObject o = v.asJsonObject();
        String impact = o.getString("impact", "");
        if (impact.equals("serious") || impact.equals("critical")) {
          List<String> targets = new ArrayList<>();
          for (JsonValue n : o.getJsonArray("nodes")) {
            targets.add(n.asJsonObject().get("target").toString());
          }
          serious.add(new Violation(o.getString("id"), impact, o.getString("help", ""), targets));
        }
      }
    }
    return serious;
  }

  /** Saves a screenshot of the current page as {@code target/screenshots/NAME.png}. */
  public Path screenshot(String name) {
    Path dir = TestSettings.targetDir().resolve("screenshots");
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(shot);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp dir left behind is harmless
    }
  }

  /** axe.min.js from the axe-core webjar on the test class path. */
  private static synchronized String axe() {
    if (axeSource == null) {
      ClassLoader loader = Browser.class.getClassLoader();
      Properties pom = new Properties();
      try (InputStream in = loader.getResourceAsStream(
          "META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
        if (in == null) {
          throw new IllegalStateException("org.webjars.npm:axe-core is not on the test class path");
        }
        pom.load(in);
        String path = "META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
        try (InputStream js = loader.getResourceAsStream(path)) {
          if (js == null) {
            throw new IllegalStateException(path + " not found");
          }
          axeSource = new String(js.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axeSource;
  }
}
