package no.vis.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} with valid list markup: PrimeFaces writes {@code <li role="alert">},
 * which takes the list item out of its list (axe rule {@code list}, WCAG 1.3.1). Here the items
 * stay plain list items; the container keeps {@code aria-live="polite"}, and a block of errors
 * is announced as an alert as a whole ({@code role="alert"} on the severity's block).
 * Registered for PrimeFaces' messages in faces-config.xml.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages component, FacesMessage message, String styleClassPrefix,
            boolean escape) throws IOException {
        super.encodeMessage(new PlainListItems(writer), component, message, styleClassPrefix, escape);
    }

    @Override
    protected void encodeMessages(jakarta.faces.context.FacesContext context, Messages component, String severity,
            java.util.List<FacesMessage> messages) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AlertBlock(original));
        try {
            super.encodeMessages(context, component, severity, messages);
        } finally {
            context.setResponseWriter(original);
        }
    }

    /** Leaves out the {@code role} and {@code aria-atomic} PrimeFaces writes on each list item. */
    static final class PlainListItems extends ResponseWriterWrapper {
        PlainListItems(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!"role".equals(name) && !"aria-atomic".equals(name)) {
                super.writeAttribute(name, value, property);
            }
        }
    }

    /** Marks the block of error (and fatal) messages as an alert. */
    static final class AlertBlock extends ResponseWriterWrapper {
        AlertBlock(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            super.writeAttribute(name, value, property);
            if ("class".equals(name) && ("ui-messages-error".equals(value) || "ui-messages-fatal".equals(value))) {
                super.writeAttribute("role", "alert", null);
            }
        }
    }
}
