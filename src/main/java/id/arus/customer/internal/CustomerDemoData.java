package id.arus.customer.internal;

import id.arus.customer.Customer;
import id.arus.customer.CustomerDocuments;
import id.arus.customer.CustomerForm;
import id.arus.customer.DocumentType;
import id.arus.shared.GeoPoint;
import id.arus.shared.SystemIdentity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forty customers around Sleman and Yogyakarta on a fresh demo database, with valid NIKs and mobile
 * numbers, a mix of categories, a few KTP scans waiting for verification, and the demo portal account
 * {@code pelanggan} linked to its own record. Runs once: a database that has any customer is left alone.
 * The same seed gives the same customers on every fresh demo.
 */
@Component
@Profile("demo")
class CustomerDemoData {

    private static final Logger log = LoggerFactory.getLogger(CustomerDemoData.class);
    static final int CUSTOMERS = 40;
    /** The portal account DemoAccounts creates for the customer role. */
    static final String PORTAL_ACCOUNT = "pelanggan";

    private static final List<String> FIRST = List.of("Agus", "Budi", "Dewi", "Eko", "Fitri", "Gilang", "Hendra",
            "Indah", "Joko", "Kartika", "Lestari", "Made", "Nur", "Oki", "Puji", "Rina", "Sri", "Teguh", "Wahyu", "Yuni");
    private static final List<String> LAST = List.of("Santoso", "Wibowo", "Rahayu", "Prasetyo", "Lestari", "Nugroho",
            "Kusuma", "Hidayat", "Saputra", "Wulandari");
    private static final List<String> STREETS = List.of("Jl. Kaliurang km 7", "Jl. Palagan Tentara Pelajar",
            "Jl. Magelang km 5", "Jl. Godean", "Jl. Affandi", "Jl. Gejayan", "Jl. Monjali", "Jl. Seturan Raya",
            "Jl. Wahid Hasyim", "Jl. Damai");
    private static final List<String> VILLAGES = List.of("Sinduadi, Mlati", "Condongcatur, Depok", "Sariharjo, Ngaglik",
            "Caturtunggal, Depok", "Sendangadi, Mlati", "Minomartani, Ngaglik");
    private static final List<String> BUSINESSES = List.of("Warung Kopi", "Laundry", "Fotokopi", "Kos Putri", "Bengkel");
    /** A tiny but well-formed PDF, standing in for a scanned KTP. */
    private static final byte[] SAMPLE_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final DirectoryService directory;
    private final CustomerDocuments documents;
    private final JdbcClient jdbc;

    CustomerDemoData(DirectoryService directory, CustomerDocuments documents, JdbcClient jdbc) {
        this.directory = directory;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnEmptyDatabase() {
        if (jdbc.sql("select exists (select 1 from customer)").query(Boolean.class).single()) {
            return;
        }
        SystemIdentity.run("demo-data", this::seed);
        log.info("Created {} demo customers around Sleman", CUSTOMERS);
    }

    private void seed() {
        Random random = new Random(20261130L);
        for (int i = 0; i < CUSTOMERS; i++) {
            boolean woman = i % 2 == 1;
            String category = i % 10 == 3 ? "corporate" : i % 5 == 1 ? "business" : "residential";
            String person = FIRST.get(i % FIRST.size()) + " " + LAST.get((i * 3 + i / FIRST.size()) % LAST.size());
            String name = category.equals("business") ? BUSINESSES.get(i % BUSINESSES.size()) + " " + person
                    : category.equals("corporate") ? "PT " + LAST.get(i % LAST.size()) + " Media Nusantara" : person;
            int day = 1 + random.nextInt(28) + (woman ? 40 : 0);
            String nik = String.format("3404%02d%02d%02d%02d%04d", 1 + random.nextInt(17), day, 1 + random.nextInt(12),
                    60 + random.nextInt(40), i + 1);
            String phone = String.format("08%d%d-%04d-%04d", 1 + random.nextInt(8), 1 + random.nextInt(9),
                    random.nextInt(10_000), random.nextInt(10_000));
            GeoPoint location = i % 8 == 7 ? null : new GeoPoint(-7.72 - random.nextDouble() * 0.08,
                    110.33 + random.nextDouble() * 0.09);
            String address = STREETS.get(i % STREETS.size()) + " no. " + (1 + random.nextInt(120)) + ", "
                    + VILLAGES.get(i % VILLAGES.size()) + ", Sleman";
            String email = i % 3 == 0 ? person.toLowerCase().replace(' ', '.') + "@contoh.id" : null;
            CustomerForm form = new CustomerForm(name, nik, phone, email, address, location, category, null);
            Customer customer = i == 0
                    ? directory.createForAccount(new CustomerForm("Putri Pelanggan", nik, phone, "pelanggan@demo.arus.id",
                            address, location, "residential", null), PORTAL_ACCOUNT)
                    : directory.create(form);
            if (i % 6 == 0) {
                documents.upload(customer.code(), null, DocumentType.KTP, "ktp-" + customer.code() + ".pdf", SAMPLE_PDF);
            }
        }
    }
}
