package dev.traverse.app.preview;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;

/**
 * Why a replica runs where it runs, as a readable panel for a side pane or a popover: where it goes, that host's
 * score by objective as bars (lower is better), the next best hosts, and why the other hosts refused it, grouped by
 * reason with how many hosts gave each and a fix where the engine knows one. FX thread only.
 */
public final class ExplanationView {

    /** The panel's id, for tests. */
    public static final String ID = "explanation";
    /** Width of a full score bar. */
    private static final double BAR_WIDTH = 140;

    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final ExplanationViewModel viewModel;

    public ExplanationView(ExplanationViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        content.setId(ID);
        content.getStyleClass().add(PreviewStyles.EXPLANATION);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(440);
        PreviewStyles.addStylesheet(scroll);
        viewModel.reportProperty().addListener((obs, old, now) -> show());
        viewModel.runningProperty().addListener((obs, old, now) -> show());
        viewModel.errorProperty().addListener((obs, old, now) -> show());
        show();
    }

    private void show() {
        content.getChildren().clear();
        String subject = viewModel.subjectProperty().get();
        if (viewModel.runningProperty().get()) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(16, 16);
            HBox waiting = new HBox(8, spinner, placeholder("Asking the engine about " + subject + "…"));
            waiting.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().addAll(title(subject), waiting);
        } else if (viewModel.errorProperty().get() != null) {
            Label error = wrapped(viewModel.errorProperty().get(), PreviewStyles.EXPLANATION_ERROR);
            content.getChildren().addAll(title(subject), error);
        } else if (viewModel.reportProperty().get() == null) {
            content.getChildren().add(placeholder("Click a workload chip on the canvas to see why it runs where it"
                    + " runs, and why not elsewhere."));
        } else {
            showReport(viewModel.reportProperty().get());
        }
    }

    private void showReport(ExplanationReport report) {
        content.getChildren().addAll(title(report.title()),
                wrapped(report.verdict(), PreviewStyles.EXPLANATION_VERDICT));
        if (!report.note().isEmpty()) {
            content.getChildren().add(wrapped(report.note(), PreviewStyles.EXPLANATION_NOTE));
        }
        if (!report.scores().isEmpty()) {
            content.getChildren().addAll(heading("Why this host · weighted score, lower is better"), scores(report));
        }
        if (report.feasible() > 0) {
            content.getChildren().add(heading(count(report.feasible(), "host") + " could take it · best first"));
            for (ExplanationReport.Candidate c : report.candidates()) {
                content.getChildren().add(candidate(c));
            }
            int listed = report.candidates().stream().mapToInt(ExplanationReport.Candidate::alike).sum();
            if (report.feasible() > listed) {
                content.getChildren().add(placeholder("… and " + NumberText.count(report.feasible() - listed)
                        + " more"));
            }
        }
        if (!report.refusals().isEmpty()) {
            content.getChildren().add(heading("Why not the others · " + count(report.refused(), "host")
                    + " refused it"));
            if (report.refusals().size() > 1) {
                content.getChildren().add(wrapped("Hosts by reason; a host may give more than one.",
                        PreviewStyles.REFUSAL_DETAIL));
            }
            for (ExplanationReport.RefusalGroup group : report.refusals()) {
                content.getChildren().add(refusal(group));
            }
        }
    }

    private static GridPane scores(ExplanationReport report) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(5);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(90);
        grid.getColumnConstraints().addAll(name, new ColumnConstraints(BAR_WIDTH), new ColumnConstraints());
        int row = 0;
        for (ExplanationReport.Score score : report.scores()) {
            grid.addRow(row++, new Label(capitalised(score.objective())), bar(score.share()),
                    value(score.score()));
        }
        Label total = new Label("Total");
        Label totalValue = value(report.total());
        total.getStyleClass().add(Styles.TEXT_BOLD);
        totalValue.getStyleClass().add(Styles.TEXT_BOLD);
        grid.addRow(row, total, new Region(), totalValue);
        return grid;
    }

    private static Node bar(double share) {
        Region track = new Region();
        track.getStyleClass().add(PreviewStyles.SCORE_TRACK);
        track.setPrefWidth(BAR_WIDTH);
        Region fill = new Region();
        fill.getStyleClass().add(PreviewStyles.SCORE_BAR);
        // A sliver even for a score of 0, so every objective shows where its bar would grow.
        fill.setPrefWidth(Math.max(2, share * BAR_WIDTH));
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane stack = new StackPane(track, fill);
        stack.setAlignment(Pos.CENTER_LEFT);
        return stack;
    }

    private static Label value(double score) {
        Label label = new Label(Double.isFinite(score) ? String.format(Locale.ROOT, "%.4f", score) : "—");
        label.getStyleClass().add(PreviewStyles.SCORE_VALUE);
        return label;
    }

    private static Node candidate(ExplanationReport.Candidate c) {
        Label host = new Label(c.label() + (c.chosen() ? "  ← its host" : ""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(host, spacer, value(c.total()));
        line.getStyleClass().add(PreviewStyles.CANDIDATE);
        line.pseudoClassStateChanged(PreviewStyles.CHOSEN, c.chosen());
        return line;
    }

    private static Node refusal(ExplanationReport.RefusalGroup group) {
        Label count = new Label(NumberText.count(group.hosts()));
        count.getStyleClass().add(PreviewStyles.REFUSAL_COUNT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        Label reason = wrapped(group.reason(), PreviewStyles.REFUSAL_REASON);
        String detail = "e.g. " + group.example() + (group.fix().isEmpty() ? "" : " · fix: " + group.fix());
        VBox text = new VBox(2, reason, wrapped(detail, PreviewStyles.REFUSAL_DETAIL));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(count, text);
        line.getStyleClass().add(PreviewStyles.REFUSAL);
        return line;
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(PreviewStyles.EXPLANATION_TITLE);
        return title;
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(PreviewStyles.EXPLANATION_HEADING);
        return heading;
    }

    private static Label placeholder(String text) {
        return wrapped(text, PreviewStyles.EXPLANATION_PLACEHOLDER);
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static String count(int n, String noun) {
        return NumberText.count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String capitalised(String objective) {
        return objective.isEmpty() ? objective
                : Character.toUpperCase(objective.charAt(0)) + objective.substring(1);
    }

    public Node node() {
        return scroll;
    }
}
