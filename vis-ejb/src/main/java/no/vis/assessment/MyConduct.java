package no.vis.assessment;

import java.io.Serializable;
import java.util.List;

/** What a pupil (or, where the county lets them, a guardian) sees of orden and atferd this school year: the remarks and the warnings received. */
public record MyConduct(List<RemarkView> remarks, List<ConductWarningView> warnings) implements Serializable {
}
