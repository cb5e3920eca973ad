package dk.videnportalen.web.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium for the editor pages' browser tests, driven through Debian's
 * chromedriver so Selenium never downloads anything. Each browser gets a fresh profile. Tests are
 * skipped, with the reason printed, where Chromium is not installed.
 */
final class EditorBrowser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final URI base;
  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private EditorBrowser(URI base, Path profile, ChromeDriverService service, ChromeDriver driver) {
    this.base = base;
    this.profile = profile;
    this.service = service;
    this.driver = driver;
  }

  /** Skips the calling test when Chromium or its driver is missing. */
  static void assumeInstalled() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      System.out.println("SKIPPED browser test: " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(present, "Chromium or chromedriver not installed");
  }

  static EditorBrowser open(URI base) {
    assumeInstalled();
    try {
      Path profile = Files.createTempDirectory("editor-chromium-");
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort()
          .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
          "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
          "--lang=da-DK", "--accept-lang=da-DK,da", "--user-data-dir=" + profile);
      // Headless Chromium ignores --lang for Accept-Language; the preference sets it.
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "da-DK,da"));
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new EditorBrowser(base, profile, service, driver);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  void go(String path) {
    driver.get(base.resolve(path).toString());
  }

  String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  String source() {
    return driver.getPageSource();
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  WebElement find(By by) {
    return waitFor(() -> {
      List<WebElement> found = driver.findElements(by);
      return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    }, "element " + by);
  }

  /** Waits until the supplier gives something other than null or false. */
  <T> T waitFor(Supplier<T> condition, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        T value = condition.get();
        if (value != null && !Boolean.FALSE.equals(value)) {
          return value;
        }
      } catch (NoSuchElementException | StaleElementReferenceException e) {
        last = e;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("Timed out waiting for " + what + " on " + driver.getCurrentUrl()
        + "\n" + text(), last);
  }

  void type(String id, String value) {
    WebElement field = find(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  void click(String id) {
    find(By.id(id)).click();
  }

  /** Signs in through the sign-in page. */
  void signIn(String username, String password) {
    go("/log-ind");
    type("f:username", username);
    type("f:password", password);
    click("f:submit");
    waitFor(() -> !path().equals("/log-ind") || text().contains("forkert") || text().contains("låst"),
        "the sign-in to finish");
  }

  /** Saves a PNG of the page under target/screenshots/NAME.png. */
  void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
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
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temp dir left behind is harmless
      }
    }
  }
}
