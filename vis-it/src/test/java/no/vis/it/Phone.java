package no.vis.it;

import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/** A browser's viewport at a phone's CSS width (Chrome's device metrics), and whether a page fits it. */
public final class Phone {

    private Phone() {
    }

    /** The viewport {@code cssPixels} wide (844 high), at scale 1, until {@link #reset}. */
    public static void width(WebDriver browser, int cssPixels) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", cssPixels, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    }

    public static void reset(WebDriver browser) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Null when the page fits the viewport of {@code cssPixels} without horizontal scrolling;
     * otherwise the widths and the elements that reach furthest to the right.
     */
    public static String horizontalOverflow(WebDriver browser, int cssPixels) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long inner = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        if (inner != cssPixels) {
            return "the viewport is " + inner + " px wide, not " + cssPixels;
        }
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        if (scroll <= inner) {
            return null;
        }
        Object widest = js.executeScript("""
                const w = window.innerWidth;
                return Array.from(document.querySelectorAll('body *'))
                  .map(e => [e, e.getBoundingClientRect().right])
                  .filter(([e, r]) => r > w + 1)
                  .sort((a, b) => b[1] - a[1]).slice(0, 5)
                  .map(([e, r]) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                       + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                       + ' right=' + Math.round(r)).join('; ');
                """);
        return "scrollWidth " + scroll + " > innerWidth " + inner + " — " + widest;
    }
}
