package org.engagementsignals.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.engagementsignals.config.Settings;
import org.engagementsignals.testing.SharedSpark;
import org.engagementsignals.testing.TestSettings;
import org.engagementsignals.testing.ThreeMonths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PrintOptions;

/**
 * The report of three real months (the fixture run through the job) opened in Debian's Chromium: it
 * renders without a console error (a blocked style or any network request would be one), every
 * chart has a size, hidden groups show the marker and no number, injected markup stays text, and
 * the page prints to PDF. Screenshots go to {@code target/report-screenshots/}.
 */
@Tag("nlp")
@ExtendWith({SharedSpark.class, ThreeMonths.class})
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target/report-screenshots");
  private static final String INJECTED = "</script><img src=x onerror=alert(1)>";
  private static final String INJECTED_TEAM = "Operations/" + INJECTED;

  static ChromeDriver browser;
  static Path index;
  static Path hiddenLeaderPage;
  static Path shownLeaderPage;

  @BeforeAll
  static void writeTheReportAndOpenABrowser(ThreeMonths.Published published) throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: the report's browser test needs Debian's packages chromium and chromium-driver"
            + " (/usr/bin/chromium, /usr/bin/chromedriver): apt-get install chromium chromium-driver");
    Path reportDir = Files.createTempDirectory("report");
    Settings settings =
        TestSettings.of(
            Path.of("src/test/resources/ReportFixture"),
            published.output(),
            "signals.report.dir",
            reportDir.toString(),
            "signals.report.quotes",
            "true",
            "signals.report.accuracy-file",
            "src/test/resources/ReportBrowserTest/accuracy.json");
    List<org.apache.hadoop.fs.Path> pages =
        LeadersReport.run(
            published.spark(),
            settings,
            new LeadersReport.Request(ThreeMonths.LAST, Optional.empty(), true));
    index = Path.of(pages.get(0).toUri());
    assertThat(index).endsWith(Path.of("period=2026-10", "index.html"));
    hiddenLeaderPage = index.resolveSibling("leaders/L012.html");
    shownLeaderPage = index.resolveSibling("leaders/L006.html");
    assertThat(hiddenLeaderPage).exists();
    assertThat(shownLeaderPage).exists();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // An explicit driver executable: Selenium Manager is not asked to find or download anything.
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theOrganisationPageRendersEverySectionWithoutAConsoleError() throws Exception {
    open(index);
    assertThat(severeConsoleEntries()).isEmpty();
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .contains("2026-10")
        .contains("the whole organisation");
    List<String> sections =
        browser.findElements(By.cssSelector("main > section h2")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(sections)
        .containsExactly(
            "1. The headline",
            "2. Process vs results, by team",
            "3. Trust and connection over the months",
            "4. Team by indicator",
            "5. Top topics and their tone",
            "6. Say vs hear, per leader",
            "7. Personal vs professional challenges",
            "8. How to read it");
    List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart-svg"));
    assertThat(charts.stream().map(c -> c.getAttribute("data-chart")))
        .containsExactly("balance", "trends", "heatmap", "topics", "sayhear", "challenges");
    for (WebElement chart : charts) {
      assertThat(chart.getSize().getWidth()).as(chart.getAttribute("data-chart")).isPositive();
      assertThat(chart.getSize().getHeight()).as(chart.getAttribute("data-chart")).isPositive();
      assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isNotBlank();
      assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent")).isNotBlank();
      assertThat(chart.findElements(By.xpath("./following-sibling::details//tbody/tr")))
          .isNotEmpty();
    }
    // Trends: a real line over the three months, not three lone dots.
    assertThat(browser.findElements(By.cssSelector("svg[data-chart=trends] path.line.s-trust")))
        .isNotEmpty();
    assertThat(
            browser
                .findElements(By.cssSelector("svg[data-chart=trends] + details tbody tr th"))
                .stream()
                .map(e -> e.getAttribute("textContent")))
        .containsExactly("2026-08", "2026-09", "2026-10");
    assertThat(browser.findElement(By.cssSelector("#headline .cards")).getText())
        .contains("n = 37")
        .contains("95% interval")
        .contains("since 2026-09");
    assertThat(browser.findElement(By.id("reading")).getText())
        .contains("0.81")
        .contains("macro-F1");
    screenshot("index.png");
  }

  @Test
  void aHiddenGroupShowsTheMarkerAndNoNumber() {
    open(index);
    List<WebElement> hiddenRows = browser.findElements(By.cssSelector("tr.hidden-group"));
    assertThat(hiddenRows).isNotEmpty();
    for (WebElement row : hiddenRows) {
      WebElement marker = row.findElement(By.cssSelector("td.marker"));
      assertThat(marker.getAttribute("textContent")).isEqualTo(ReportBuilder.HIDDEN);
      assertThat(row.findElements(By.tagName("td"))).hasSize(1);
    }
    // The injected one-person team is hidden wherever it appears.
    assertThat(
            hiddenRows.stream()
                .map(r -> r.findElement(By.tagName("th")).getAttribute("textContent")))
        .contains(INJECTED_TEAM);

    open(hiddenLeaderPage);
    assertThat(severeConsoleEntries()).isEmpty();
    List<WebElement> cards = browser.findElements(By.cssSelector("#headline .card"));
    assertThat(cards).hasSize(4);
    for (WebElement card : cards) {
      String text = card.getText();
      assertThat(text).contains(ReportBuilder.HIDDEN);
      assertThat(text.replace(ReportBuilder.HIDDEN, "")).doesNotContainPattern("\\d");
    }
    assertThat(browser.findElement(By.className("coverage")).getText())
        .contains(ReportBuilder.HIDDEN)
        .doesNotContainPattern("from \\d+ people");
    screenshot("leader-hidden.png");
  }

  @Test
  void injectedMarkupInEmployeeDataIsShownAsText() {
    open(index);
    assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    String svgText =
        browser.findElement(By.cssSelector("svg[data-chart=heatmap]")).getAttribute("textContent");
    assertThat(svgText).contains(INJECTED_TEAM);
    assertThat(severeConsoleEntries()).isEmpty();
  }

  @Test
  void quotesComeOnlyFromShownTeamsOfAtLeastTenRespondents() {
    open(index);
    List<String> teams =
        browser.findElements(By.cssSelector(".quote footer")).stream()
            .map(WebElement::getText)
            .map(t -> t.substring(t.indexOf(" · ") + 3))
            .distinct()
            .toList();
    assertThat(teams).isNotEmpty().isSubsetOf("Operations/Logistics", "Operations/Support");
  }

  @Test
  void aLeaderPageComparesTheLeaderWithTheOrganisation() {
    open(shownLeaderPage);
    assertThat(severeConsoleEntries()).isEmpty();
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("leader L006");
    assertThat(
            browser
                .findElements(By.cssSelector("svg[data-chart=balance] + details tbody th"))
                .stream()
                .map(e -> e.getAttribute("textContent")))
        .containsExactly("Leader L006", "Whole organisation");
    assertThat(browser.findElement(By.linkText("The whole organisation")).getAttribute("href"))
        .endsWith("/index.html");
    screenshot("leader-L006.png");
  }

  @Test
  void thePagePrintsToPdf() throws Exception {
    open(index);
    PrintOptions print = new PrintOptions();
    print.setBackground(true);
    byte[] pdf = Base64.getDecoder().decode(browser.print(print).getContent());
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    Files.write(SHOTS.resolve("index.pdf"), pdf);
    long pages =
        Pattern.compile("/Type\\s*/Page[^s]")
            .matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
            .results()
            .count();
    assertThat(pages).isGreaterThanOrEqualTo(2);
  }

  private static void open(Path page) {
    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.get(page.toUri().toString());
  }

  private static List<String> severeConsoleEntries() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** The whole page: the window is made as tall as the document first. */
  private static void screenshot(String name) {
    long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 12000)));
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    try {
      Files.write(SHOTS.resolve(name), png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
