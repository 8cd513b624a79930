package no.vis.common;

public enum SortDirection {
    ASCENDING, DESCENDING;

    public String jpql() {
        return this == ASCENDING ? "ASC" : "DESC";
    }
}
