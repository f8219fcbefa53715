package id.arus.customer;

import id.arus.shared.GeoPoint;
import java.util.concurrent.ThreadLocalRandom;

/** Customer forms with plausible, random NIKs and mobile numbers, so tests sharing one database never collide. */
public final class TestCustomers {

    private TestCustomers() {
    }

    /** Sleman (34 04), a birth date in 1970..1999 (women with 40 added to the day), a random serial. */
    public static String nik() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int day = 1 + r.nextInt(28) + (r.nextBoolean() ? 40 : 0);
        return String.format("3404%02d%02d%02d%02d%04d", 1 + r.nextInt(17), day, 1 + r.nextInt(12), 70 + r.nextInt(30),
                1 + r.nextInt(9999));
    }

    public static String mobile() {
        return String.format("0812%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static CustomerForm form(String name) {
        return new CustomerForm(name, nik(), mobile(), null, "Jl. Kaliurang km 7, Sleman",
                new GeoPoint(-7.75, 110.38), "residential", null);
    }

    public static CustomerForm withNik(CustomerForm f, String nik) {
        return new CustomerForm(f.name(), nik, f.phone(), f.email(), f.address(), f.location(), f.category(), f.notes());
    }

    public static CustomerForm withPhone(CustomerForm f, String phone) {
        return new CustomerForm(f.name(), f.nik(), phone, f.email(), f.address(), f.location(), f.category(), f.notes());
    }
}
