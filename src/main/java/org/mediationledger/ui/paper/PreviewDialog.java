package org.mediationledger.ui.paper;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.mediationledger.model.Messages;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.Fx;
import org.mediationledger.ui.TaskExecutor;

/**
 * 打印预览: the pages of a PDF rendered in the program (page through, zoom), then print it to a system printer or save
 * it as PDF. With no printer the user is told so and offered Save as PDF. Where the paper shows ID numbers and phones,
 * "完整号码" makes it again with them in full (the service writes that to the audit trail).
 */
public final class PreviewDialog {
    private static final float DPI = 110;
    private final Stage stage = new Stage();
    private final Messages m;
    private final TaskExecutor executor;
    private final Function<Boolean, byte[]> make;
    private final String fileName;
    private final ImageView page = new ImageView();
    private final Label pageLabel = new Label();
    private final Label message = new Label();
    private final ComboBox<Integer> zoom = new ComboBox<>();
    private List<WritableImage> pages = List.of();
    private byte[] pdf;
    private int index;

    private PreviewDialog(Window owner, Messages m, TaskExecutor executor, String title, String fileName, boolean offerFull,
                          boolean fullByDefault, Function<Boolean, byte[]> make) {
        this.m = m;
        this.executor = executor;
        this.make = make;
        this.fileName = fileName;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("preview.title", title));
        Button prev = new Button("‹");
        prev.setId("preview-prev");
        prev.setOnAction(e -> show(index - 1));
        Button next = new Button("›");
        next.setId("preview-next");
        next.setOnAction(e -> show(index + 1));
        pageLabel.setId("preview-page");
        zoom.setId("preview-zoom");
        zoom.getItems().setAll(50, 75, 100, 125, 150, 200);
        zoom.setValue(75);
        Fx.named(zoom, z -> z + "%", "");
        zoom.valueProperty().addListener((o, was, now) -> applyZoom());
        CheckBox full = new CheckBox(m.get("preview.full"));
        full.setId("preview-full");
        full.setVisible(offerFull);
        full.setManaged(offerFull);
        full.setSelected(offerFull && fullByDefault);
        full.setOnAction(e -> render(full.isSelected()));
        Button print = new Button(m.get("preview.print"));
        print.setId("preview-print");
        print.getStyleClass().add("accent");
        print.setOnAction(e -> print());
        Button save = new Button(m.get("preview.save"));
        save.setId("preview-save");
        save.setOnAction(e -> save());
        message.setId("preview-message");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, prev, pageLabel, next, zoom, full, grow, message, save, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        // the tools keep their size ("第 1 页 共 3 页", the zoom, 另存为 PDF); only the message gives way
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof javafx.scene.layout.Region r && n != message && n != grow) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        message.setMinWidth(0);
        page.setPreserveRatio(true);
        page.setId("preview-image");
        StackPane holder = new StackPane(page);
        holder.setPadding(new Insets(16));
        holder.setStyle("-fx-background-color: #8a8f96;");
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.setId("preview-scroll");
        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        root.setId("preview");
        stage.setScene(new Scene(root, 980, 760));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        // Esc and Ctrl+W close the preview
        stage.getScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE
                    || e.getCode() == javafx.scene.input.KeyCode.W && e.isShortcutDown()) {
                stage.close();
            }
        });
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    /** Opens the preview; make(full) writes the PDF (in the background), with the numbers in full when asked. */
    public static PreviewDialog show(Window owner, Messages m, TaskExecutor executor, String title, String fileName, boolean offerFull,
                                     Function<Boolean, byte[]> make) {
        return show(owner, m, executor, title, fileName, offerFull, false, make);
    }

    /** fullByDefault: the paper starts with the numbers in full (the agreement the parties sign); the clerk may untick it. */
    public static PreviewDialog show(Window owner, Messages m, TaskExecutor executor, String title, String fileName, boolean offerFull,
                                     boolean fullByDefault, Function<Boolean, byte[]> make) {
        PreviewDialog d = new PreviewDialog(owner, m, executor, title, fileName, offerFull, fullByDefault, make);
        d.stage.show();
        d.render(offerFull && fullByDefault);
        return d;
    }

    private record Rendered(byte[] pdf, List<WritableImage> pages) {
    }

    private void render(boolean full) {
        message.setText(m.get("preview.rendering"));
        executor.run(() -> {
            byte[] bytes = make.apply(full);
            List<WritableImage> images = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                PDFRenderer r = new PDFRenderer(doc);
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    images.add(toFx(r.renderImageWithDPI(i, DPI)));
                }
            }
            return new Rendered(bytes, images);
        }, r -> {
            pdf = r.pdf();
            pages = r.pages();
            message.setText("");
            show(Math.min(index, pages.size() - 1));
        }, e -> message.setText(Errors.sentence(m, e)));
    }

    private static WritableImage toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }

    private void show(int i) {
        if (pages.isEmpty()) {
            return;
        }
        index = Math.max(0, Math.min(i, pages.size() - 1));
        page.setImage(pages.get(index));
        pageLabel.setText(m.get("paper.pageOf", index + 1, pages.size()));
        applyZoom();
    }

    private void applyZoom() {
        if (page.getImage() != null && zoom.getValue() != null) {
            page.setFitWidth(page.getImage().getWidth() * 96 / DPI * zoom.getValue() / 100.0);
        }
    }

    private java.util.function.Consumer<java.nio.file.Path> onSaved = f -> { };

    /** Told of the file a paper is saved to (the window records it in the history). */
    public void setOnSaved(java.util.function.Consumer<java.nio.file.Path> onSaved) {
        this.onSaved = onSaved;
    }

    private void save() {
        if (pdf == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(fileName + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            byte[] bytes = pdf;
            executor.run(() -> Files.write(f.toPath(), bytes), x -> {
                message.setText(m.get("stats.exported", f));
                onSaved.accept(f.toPath());
            },
                    e -> message.setText(Errors.sentence(m, e)));
        }
    }

    /**
     * Sends the PDF itself (text stays text) to a printer chosen in the system's print dialog. Looking for printers and
     * the print dialog and job run on the task executor, never on the JavaFX thread.
     */
    private void print() {
        if (pdf == null) {
            return;
        }
        byte[] bytes = pdf;
        executor.run(() -> java.awt.print.PrinterJob.lookupPrintServices().length > 0, hasPrinter -> {
            if (!hasPrinter) {
                ButtonType saveAs = new ButtonType(m.get("preview.save"));
                Alert a = new Alert(Alert.AlertType.INFORMATION, m.get("preview.noPrinter"), saveAs, Fx.cancel(m));
                a.setHeaderText(null);
                a.initOwner(stage);
                a.showAndWait().filter(b -> b == saveAs).ifPresent(b -> save());
                return;
            }
            executor.run(() -> printNow(bytes), printed -> {
                if (printed) {
                    message.setText(m.get("preview.printed"));
                }
            }, e -> {
                org.slf4j.LoggerFactory.getLogger(PreviewDialog.class).error("printing failed", e);
                message.setText(m.get("preview.printFailed"));
            });
        }, e -> message.setText(Errors.sentence(m, e)));
    }

    /** @return whether the clerk chose a printer and the job went to it (false: the print dialog was cancelled) */
    private boolean printNow(byte[] bytes) throws IOException, java.awt.print.PrinterException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            java.awt.print.PrinterJob job = java.awt.print.PrinterJob.getPrinterJob();
            job.setJobName(fileName);
            job.setPageable(new PDFPageable(doc));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
