package id.arus.billing.internal.dunning;

import id.arus.billing.Invoice;
import id.arus.billing.Invoices;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.shared.SystemIdentity;
import org.springframework.stereotype.Component;

/** Reads what a dunning step needs (the invoice and its customer) as Arus itself, since processes act for nobody. */
@Component
class DunningCases {

    record DunningCase(Invoice invoice, Customer customer) {
    }

    private final Invoices invoices;
    private final CustomerDirectory customers;

    DunningCases(Invoices invoices, CustomerDirectory customers) {
        this.invoices = invoices;
        this.customers = customers;
    }

    DunningCase of(String invoiceNumber) {
        return SystemIdentity.call("dunning", () -> {
            Invoice invoice = invoices.get(invoiceNumber);
            return new DunningCase(invoice, customers.getById(invoice.customerId()));
        });
    }
}
