package dev.talkwatch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium for the tests, Debian's {@code chromium} with its {@code chromedriver}.
 * Where they are not installed the calling test is skipped with a message saying how to install them.
 */
public final class Browsers {

    private static final File CHROMIUM = new File(System.getProperty("talkwatch.chromium", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getProperty("talkwatch.chromedriver", "/usr/bin/chromedriver"));

    // Selenium looks for DevTools bindings of this exact Chromium; the tests use WebDriver only.
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS.setLevel(Level.SEVERE);
    }

    private Browsers() {
    }

    /** A new headless Chromium with a fresh profile; quit it when done. */
    public static ChromeDriver chromium(Path profile) throws IOException {
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        String reason = "skipped: needs Chromium and ChromeDriver at " + CHROMIUM + " and " + DRIVER
                + "; install them with: sudo apt install chromium chromium-driver";
        if (!installed) {
            System.err.println(reason);
        }
        assumeTrue(installed, reason);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath());
        // the driver's path is given, so Selenium never looks for one on the network
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
