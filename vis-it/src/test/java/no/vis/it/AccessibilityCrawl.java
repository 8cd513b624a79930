package no.vis.it;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import no.vis.access.Role;
import no.vis.web.common.Pages;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One visitor's crawl of every page of VIS ({@link Pages}) in one browser, already logged in: a
 * page the visitor's role may open is checked by axe at 1280 px and at 390 px, where it must not
 * scroll sideways; a page it may not open must answer with the 403 page (checked once) or the
 * login. What is wrong is added to {@code problems}, each line naming the visitor, page and width.
 */
public final class AccessibilityCrawl {

    /** The 403 page's heading in bokmål. */
    static final String FORBIDDEN = "Ingen tilgang";
    static final int PHONE = 390;

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final String base;
    private final String who;
    private final Role role;
    private final Function<Pages, String> query;
    private final List<String> problems;
    private final Axe axe;
    private boolean forbiddenPageChecked;
    private final java.util.Set<Pages> opened = java.util.EnumSet.noneOf(Pages.class);
    private java.util.Set<Pages> publicPagesChecked;
    private boolean checkedOnce;

    /**
     * @param base  VIS's address, ending in {@code /}
     * @param who   the visitor, as reports name it
     * @param role  the visitor's role; null: not logged in
     * @param query the query string for a page that needs a pupil's id ({@code id=12})
     */
    public AccessibilityCrawl(WebDriver browser, String base, String who, Role role, Function<Pages, String> query,
            List<String> problems) {
        this.browser = browser;
        this.base = base;
        this.who = who;
        this.role = role;
        this.query = query;
        this.problems = problems;
        this.wait = new EvidenceWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        this.axe = new Axe(browser);
    }

    /**
     * Public pages (the same for everyone but the layout's menu) are checked by axe once for all the
     * crawls sharing {@code checked}; each visitor still has its first page checked (its layout) and
     * opens every public page. Saves the crawl minutes.
     */
    public AccessibilityCrawl sharingPublicPages(java.util.Set<Pages> checked) {
        this.publicPagesChecked = checked;
        return this;
    }

    public WebDriver browser() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void visitAll() {
        for (Pages page : Pages.values()) {
            visit(page);
        }
    }

    public void visit(Pages page) {
        browser.get(base + page.path().substring(1) + (page.needsId() ? "?" + query.apply(page) : ""));
        boolean mayOpen = role != null ? page.mayOpen(role) : page.isPublic();
        wait.until(d -> !inVis(d) || !d.findElements(By.tagName("h1")).isEmpty());
        if (mayOpen) {
            if (!inVis(browser)) {
                problems.add("[" + who + "] " + page.path() + ": sent to the login, but the page list says the role may open it");
                return;
            }
            String heading = browser.findElement(By.tagName("h1")).getText();
            if (heading.equals(FORBIDDEN) && page != Pages.ERROR_403) {
                problems.add("[" + who + "] " + page.path() + ": refused, but the page list says the role may open it");
                return;
            }
            if (publicPagesChecked == null || !page.isPublic() || !checkedOnce || publicPagesChecked.add(page)) {
                check(page.path());
                if (publicPagesChecked != null && page.isPublic()) {
                    publicPagesChecked.add(page);
                }
            }
            opened.add(page);
            return;
        }
        // not for this role: the login (anonymous, or another login's area) or the 403 page
        if (!inVis(browser)) {
            if (role != null && page.login() == Pages.loginOf(role)) {
                problems.add("[" + who + "] " + page.path() + ": sent to the login, expected the 403 page");
            }
            return;
        }
        String heading = browser.findElement(By.tagName("h1")).getText();
        if (!heading.equals(FORBIDDEN)) {
            problems.add("[" + who + "] " + page.path() + ": opened (\"" + heading + "\"), but the page list says the role may not");
            return;
        }
        if (!forbiddenPageChecked) {
            check(page.path() + " (403)");
            forbiddenPageChecked = true;
        }
    }

    /** The pages the visitor opened and had checked: every page its role may open, when nothing went wrong. */
    public java.util.Set<Pages> opened() {
        return java.util.Set.copyOf(opened);
    }

    /** axe at the browser's width and at 390 px, and no horizontal scrolling at 390 px. */
    public void check(String what) {
        checkedOnce = true;
        problems.addAll(axe.violations("[" + who + "] " + what + " at 1280 px"));
        Phone.width(browser, PHONE);
        try {
            String overflow = Phone.horizontalOverflow(browser, PHONE);
            if (overflow != null) {
                problems.add("[" + who + "] " + what + " at " + PHONE + " px scrolls sideways: " + overflow);
            }
            problems.addAll(axe.violations("[" + who + "] " + what + " at " + PHONE + " px"));
        } finally {
            Phone.reset(browser);
        }
    }

    /** Whether the browser shows a page of VIS (not the login provider's). */
    private boolean inVis(WebDriver d) {
        return d.getCurrentUrl().startsWith(base);
    }
}
