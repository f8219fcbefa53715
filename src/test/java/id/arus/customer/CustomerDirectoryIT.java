package id.arus.customer;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.audit.AuditEntry;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import id.arus.shared.InvalidInputException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@ArusIT
class CustomerDirectoryIT {

    @Autowired
    CustomerDirectory customers;
    @Autowired
    CustomerCategories categories;
    @Autowired
    AuditTrail audit;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void createsACustomerWithTheNextCodeAndAuditsTheNikMasked() {
        signIn("cs-" + tag, "CS");
        Customer first = customers.create(TestCustomers.form("Budi " + tag));
        Customer second = customers.create(TestCustomers.withPhone(TestCustomers.form("Siti " + tag), "+62 813.1111.2222"));

        assertThat(first.code()).matches("CUST-\\d{6,}");
        assertThat(Long.parseLong(second.code().substring(5))).isGreaterThan(Long.parseLong(first.code().substring(5)));
        assertThat(second.phone()).isEqualTo("+6281311112222");
        assertThat(first.status()).isEqualTo(CustomerStatus.INACTIVE);
        assertThat(customers.get(first.code())).isEqualTo(first);

        signIn("admin-" + tag, "ADMIN");
        List<AuditEntry> entries = audit.search(new AuditQuery(null, null, null, "customer.created", "customer:" + first.code()), 0, 5);
        assertThat(entries).hasSize(1);
        String masked = first.nik().substring(0, 4) + "********" + first.nik().substring(12);
        assertThat(entries.get(0).after()).contains(masked).doesNotContain(first.nik());
    }

    @Test
    void refusesADuplicateNikNamingTheField() {
        signIn("cs-" + tag, "CS");
        CustomerForm form = TestCustomers.form("Dup " + tag);
        Customer existing = customers.create(form);

        assertThatThrownBy(() -> customers.create(TestCustomers.withNik(TestCustomers.form("Other " + tag),
                existing.nik().substring(0, 4) + " " + existing.nik().substring(4))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("nik", List.of("customer.nik.duplicate")));
        // editing the holder of the NIK keeps it
        Customer renamed = customers.update(existing.code(), new CustomerForm("Dup Renamed " + tag, form.nik(),
                form.phone(), "dup@example.id", form.address(), null, "business", null));
        assertThat(renamed.name()).isEqualTo("Dup Renamed " + tag);
        assertThat(renamed.location()).isNull();
        assertThat(renamed.category()).isEqualTo("business");
    }

    @Test
    void staffReadAndOnlyAdminOrCsWrite() {
        signIn("cs-" + tag, "CS");
        Customer c = customers.create(TestCustomers.form("Rights " + tag));

        signIn("noc-" + tag, "NOC");
        assertThat(customers.get(c.code()).name()).isEqualTo("Rights " + tag);
        assertThatThrownBy(() -> customers.create(TestCustomers.form("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> customers.update(c.code(), TestCustomers.form("x"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCustomerReachesOnlyTheirOwnRecord() {
        signIn("cs-" + tag, "CS");
        Customer other = customers.create(TestCustomers.form("Someone Else " + tag));
        Customer own = customers.createForAccount(TestCustomers.form("Portal " + tag), "portal-" + tag);
        assertThat(own.username()).isEqualTo("portal-" + tag);

        signIn("portal-" + tag, "CUSTOMER");
        assertThat(customers.mine().code()).isEqualTo(own.code());
        assertThat(customers.get(own.code()).code()).isEqualTo(own.code());
        assertThatThrownBy(() -> customers.get(other.code())).isInstanceOf(NoSuchElementException.class);
        assertThat(customers.findByCode(other.code())).isEmpty();
        assertThatThrownBy(() -> customers.getById(other.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> customers.search(CustomerQuery.text(""), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> customers.createForAccount(TestCustomers.form("Second " + tag), "portal-" + tag))
                .isInstanceOf(AccessDeniedException.class);

        Customer moved = customers.updateMine(new CustomerForm("Hacked Name", "9999999999999999", "0857 1234 5678",
                "me@example.id", "Jl. Baru 1", null, "corporate", null));
        assertThat(moved.phone()).isEqualTo("+6285712345678");
        assertThat(moved.address()).isEqualTo("Jl. Baru 1");
        assertThat(moved.name()).as("name stays as verified").isEqualTo(own.name());
        assertThat(moved.nik()).isEqualTo(own.nik());
        assertThat(moved.category()).isEqualTo(own.category());
    }

    @Test
    void aPortalSignUpCreatesTheRecordWhileAnonymousButNeverTwiceForOneAccount() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        Customer created = customers.createForAccount(TestCustomers.form("Signup " + tag), "signup-" + tag);
        assertThat(created.username()).isEqualTo("signup-" + tag);
        assertThat(customers.categories()).extracting(CustomerCategory::code).contains("residential", "business", "corporate");

        assertThatThrownBy(() -> customers.createForAccount(TestCustomers.form("Again " + tag), "signup-" + tag))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("username"));
        assertThatThrownBy(() -> customers.create(TestCustomers.form("Anon " + tag))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void derivesTheStatusFromTheServicesTheSubscriptionModuleRecords() {
        signIn("cs-" + tag, "CS");
        Customer c = customers.create(TestCustomers.form("Services " + tag));
        customers.recordService(c.id(), new ServiceSummary("SUB-T-" + tag + "-1", "ONBOARDING", null, 7L));
        assertThat(customers.get(c.code()).status()).isEqualTo(CustomerStatus.PROSPECT);
        customers.recordService(c.id(), new ServiceSummary("SUB-T-" + tag + "-1", "ACTIVE", 42L, 7L));
        assertThat(customers.get(c.code()).status()).isEqualTo(CustomerStatus.ACTIVE);
        customers.recordService(c.id(), new ServiceSummary("SUB-T-" + tag + "-2", "SUSPENDED", 42L, 8L));
        assertThat(customers.get(c.code()).status()).isEqualTo(CustomerStatus.ACTIVE);
        customers.recordService(c.id(), new ServiceSummary("SUB-T-" + tag + "-1", "TERMINATED", 42L, 7L));
        assertThat(customers.get(c.code()).status()).isEqualTo(CustomerStatus.SUSPENDED);
        assertThat(customers.services(c.code())).extracting(ServiceSummary::subscriptionNumber)
                .containsExactly("SUB-T-" + tag + "-1", "SUB-T-" + tag + "-2");

        assertThat(customers.search(new CustomerQuery(null, CustomerStatus.SUSPENDED, null, 42L, 8L), 0, 10))
                .extracting(Customer::code).containsExactly(c.code());
        assertThat(customers.count(new CustomerQuery(null, null, null, 42L, 7L))).as("terminated service no longer counts").isZero();
    }

    @Test
    void findsCustomersByAnyPartAndPhoneInAnyForm() {
        signIn("cs-" + tag, "CS");
        String phone = TestCustomers.mobile();
        Customer c = customers.create(new CustomerForm("Wahyu Prasetyo " + tag, TestCustomers.nik(), phone, null,
                "Perum Griya " + tag + " Blok C", null, "business", null));
        String national = phone.substring(1);

        for (String text : List.of("wahyu " + tag, tag.toUpperCase(), c.code(), c.code().substring(5), c.nik(),
                phone, "+62 " + national, "62" + national, phone.substring(0, 4) + "-" + phone.substring(4, 8) + "-" + phone.substring(8),
                "griya " + tag)) {
            assertThat(customers.search(CustomerQuery.text(text), 0, 10)).as(text).extracting(Customer::code).contains(c.code());
        }
        assertThat(customers.count(new CustomerQuery(tag, null, "business", null, null))).isEqualTo(1);
        assertThat(customers.count(new CustomerQuery(tag, null, "corporate", null, null))).isZero();
        assertThat(customers.search(CustomerQuery.text("100%_" + tag), 0, 10)).isEmpty();
    }

    @Test
    void categoriesCanBeAddedRenamedDeactivatedAndRemovedOnlyWhenUnused() {
        signIn("admin-" + tag, "ADMIN");
        String code = "sekolah-" + tag;
        categories.add(code, "Sekolah " + tag);
        assertThat(customers.categories()).extracting(CustomerCategory::code).contains(code);
        categories.rename(code, "Sekolah & Kampus " + tag);
        Customer school = customers.create(new CustomerForm("SD Negeri " + tag, TestCustomers.nik(), TestCustomers.mobile(),
                null, "Jl. Pendidikan", null, code, null));

        assertThatThrownBy(() -> categories.remove(code)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("code", List.of("customerCategory.inUse")));
        assertThatThrownBy(() -> categories.deactivate("residential")).isInstanceOf(InvalidInputException.class);
        categories.deactivate(code);
        assertThat(customers.categories()).extracting(CustomerCategory::code).doesNotContain(code);
        assertThatThrownBy(() -> customers.create(new CustomerForm("SMP " + tag, TestCustomers.nik(), TestCustomers.mobile(),
                null, "Jl. Pendidikan", null, code, null))).isInstanceOf(InvalidInputException.class);
        // the customer who has it keeps it through an edit
        customers.update(school.code(), new CustomerForm("SD Negeri 2 " + tag, school.nik(), school.phone(), null,
                school.address(), null, code, null));
        assertThat(categories.overview()).filteredOn(o -> o.category().code().equals(code))
                .singleElement().satisfies(o -> {
                    assertThat(o.active()).isFalse();
                    assertThat(o.customers()).isEqualTo(1);
                    assertThat(o.category().name()).isEqualTo("Sekolah & Kampus " + tag);
                });

        String unused = "unused-" + tag;
        categories.add(unused, "Unused " + tag);
        categories.remove(unused);
        assertThat(categories.overview()).noneMatch(o -> o.category().code().equals(unused));

        signIn("cs-" + tag, "CS");
        assertThatThrownBy(() -> categories.add("x-" + tag, "X")).isInstanceOf(AccessDeniedException.class);
    }
}
