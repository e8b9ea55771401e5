package dev.traverse.app.summary;

/** One line of the counts panel: what is counted and how many, ready to show. */
public record SummaryRow(String label, String value) {
}
