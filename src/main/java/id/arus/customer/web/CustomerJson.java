package id.arus.customer.web;

import id.arus.customer.Customer;
import id.arus.customer.CustomerDocument;
import id.arus.customer.CustomerForm;
import id.arus.customer.ImportReport;
import id.arus.customer.ServiceSummary;
import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the customer API. */
final class CustomerJson {

    private CustomerJson() {
    }

    @Schema(description = "A customer as created or changed; latitude and longitude together or neither")
    record FormJson(@Schema(example = "Budi Santoso") String name,
                    @Schema(example = "3404011505900001") String nik,
                    @Schema(example = "0812-3456-7890", description = "any common form; stored as +62...") String phone,
                    String email,
                    @Schema(example = "Jl. Kaliurang km 7, Sleman") String address,
                    @Schema(example = "-7.7601") Double latitude,
                    @Schema(example = "110.3801") Double longitude,
                    @Schema(example = "residential") String category,
                    String notes) {

        CustomerForm toForm() {
            if ((latitude == null) != (longitude == null)) {
                throw InvalidInputException.of("location", "customer.location.invalid");
            }
            GeoPoint location = latitude == null ? null : new GeoPoint(latitude, longitude);
            return new CustomerForm(name, nik, phone, email, address, location, category, notes);
        }
    }

    record CustomerOut(String code, String name, String nik, String phone, String email, String address,
                       Double latitude, Double longitude, String category, String notes, String status,
                       String username, Instant createdAt) {

        static CustomerOut of(Customer c) {
            return new CustomerOut(c.code(), c.name(), c.nik(), c.phone(), c.email(), c.address(),
                    c.location() == null ? null : c.location().latitude(),
                    c.location() == null ? null : c.location().longitude(), c.category(), c.notes(),
                    c.status().name(), c.username(), c.createdAt());
        }
    }

    record PageOut(long total, int offset, int limit, List<CustomerOut> items) {
    }

    record DocumentOut(long id, String customerCode, String subscriptionNumber, String type, String filename,
                       String contentType, long size, String sha256, String status, String statusReason,
                       Instant uploadedAt, String uploadedBy) {

        static DocumentOut of(CustomerDocument d) {
            return new DocumentOut(d.id(), d.customerCode(), d.subscriptionNumber(), d.type().name(), d.filename(),
                    d.contentType(), d.size(), d.sha256(), d.status().name(), d.statusReason(), d.uploadedAt(),
                    d.uploadedBy());
        }
    }

    record RejectJson(@Schema(example = "Foto KTP buram") String reason) {
    }

    record ServiceOut(String subscriptionNumber, String status, Long nasId, long planId) {

        static ServiceOut of(ServiceSummary s) {
            return new ServiceOut(s.subscriptionNumber(), s.status(), s.nasId(), s.planId());
        }
    }

    record ImportOut(int rows, int valid, int imported, String fileProblem, List<ImportReport.RejectedRow> rejected) {

        static ImportOut of(ImportReport r) {
            return new ImportOut(r.rows(), r.valid(), r.imported(), r.fileProblem(), r.rejected());
        }
    }
}
