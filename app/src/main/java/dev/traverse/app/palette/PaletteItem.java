package dev.traverse.app.palette;

import java.util.List;
import java.util.Objects;
import org.kordamp.ikonli.Ikon;

/**
 * One thing the palette offers to add.
 *
 * @param id       stable identifier, carried on the dragboard ({@code aws-region}, {@code eks}, {@code gpu-pool})
 * @param group    the palette section it is listed in
 * @param title    what the palette shows ("AWS region")
 * @param detail   a muted second line with the template's main defaults
 * @param icon     the icon shown beside the title
 * @param keywords further words the search matches ("amazon", "kubernetes")
 * @param template the model record it adds
 */
public record PaletteItem(String id, PaletteGroup group, String title, String detail, Ikon icon,
                          List<String> keywords, PaletteTemplate template) {

    public PaletteItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(icon, "icon");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(template, "template");
    }
}
