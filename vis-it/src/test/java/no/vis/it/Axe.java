package no.vis.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque) on the page a browser shows, with the rules of WCAG 2.0 and 2.1 at levels A and
 * AA. Each violation comes back as readable lines: the rule, its impact and help, and each failing
 * element's selector, HTML and what to fix.
 */
public final class Axe {

    /** The WCAG 2.0/2.1 A and AA rule tags VIS must pass. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final int NODES_SHOWN = 6;

    private final WebDriver browser;

    public Axe(WebDriver browser) {
        this.browser = browser;
    }

    /** The violations on the page now, each as one description headed by {@code where}; empty when none. */
    public List<String> violations(String where) {
        // legacy mode: axe.run in the page itself. The default runs axe in parts and finishes in a blank
        // window it opens for every analysis — the same rules, several times slower, and only needed
        // for cross-origin frames, which VIS's pages do not have
        Results results = new AxeBuilder().withTags(TAGS).disableIframeTesting().setLegacyMode(true).analyze(browser);
        if (results.isErrored()) {
            return List.of(where + ": axe failed: " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            StringBuilder text = new StringBuilder(where).append(": ").append(rule.getId()).append(" (").append(rule.getImpact())
                    .append(") ").append(rule.getHelp()).append(" ").append(rule.getHelpUrl());
            List<CheckedNode> nodes = rule.getNodes();
            for (CheckedNode node : nodes.subList(0, Math.min(NODES_SHOWN, nodes.size()))) {
                text.append("\n      ").append(node.getTarget()).append("  ").append(abbreviate(node.getHtml(), 200));
                if (node.getFailureSummary() != null) {
                    text.append("\n        ").append(node.getFailureSummary().replace("\n", " "));
                }
            }
            if (nodes.size() > NODES_SHOWN) {
                text.append("\n      … and ").append(nodes.size() - NODES_SHOWN).append(" more elements");
            }
            found.add(text.toString());
        }
        return found;
    }

    private static String abbreviate(String html, int max) {
        if (html == null) {
            return "";
        }
        String flat = html.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
