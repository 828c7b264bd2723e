package org.oicc.relations.authoring.ui;

import javax.jcr.RepositoryException;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The references of one form render, through the picker: whether a target type is small enough
 * for a select is asked once per type, and each chosen item is looked up by its identifier, so a
 * form costs the same beside 25 organizations as beside 100,000.
 */
final class FormReferences implements FormView.References {

    private final UiContext ui;
    private final ReferencePicker picker;
    private final Map<String, Optional<List<FormView.Choice>>> small = new HashMap<>();

    FormReferences(UiContext ui, ReferencePicker picker) {
        this.ui = ui;
        this.picker = picker;
    }

    @Override
    public Optional<List<FormView.Choice>> smallSet(String contentType) {
        return small.computeIfAbsent(contentType, t -> repository(() -> picker.smallSet(ui.type(t))
                .map(items -> items.stream().map(m -> new FormView.Choice(m.id(), m.label(), false)).toList())));
    }

    @Override
    public Optional<String> label(String contentType, String id) {
        return repository(() -> picker.byId(ui.type(contentType), id).map(ReferencePicker.Match::label));
    }

    @Override
    public Map.Entry<List<FormView.Choice>, Long> find(String contentType, String text) {
        return repository(() -> {
            ReferencePicker.Matches found = picker.find(ui.type(contentType), text, ReferencePicker.MATCHES);
            List<FormView.Choice> choices = found.items().stream().map(m -> new FormView.Choice(m.id(), m.label(), false)).toList();
            return new AbstractMap.SimpleImmutableEntry<>(choices, found.total());
        });
    }

    private interface Read<T> {
        T get() throws RepositoryException;
    }

    /** A repository failure while drawing a form is the server's fault: the servlet answers 500 and logs it. */
    private static <T> T repository(Read<T> read) {
        try {
            return read.get();
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read references", e);
        }
    }

    @Override
    public boolean pageOrdered(String contentType, String property) {
        return org.oicc.relations.content.OrderedEntries.of(ui.module)
                .map(o -> o.itemType().equals(contentType) && o.entriesProperty().equals(property)).orElse(false);
    }
}
