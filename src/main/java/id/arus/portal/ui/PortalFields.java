package id.arus.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;

/** The portal's form fields: an id for tests, a translated label, full width on a phone. */
final class PortalFields {

    private PortalFields() {
    }

    static <T extends Component & HasLabel> T labelled(T field, String id, String key) {
        field.setId(id);
        field.setLabel(field.getTranslation(key));
        if (field instanceof HasSize sized) {
            sized.setWidthFull();
        }
        return field;
    }
}
