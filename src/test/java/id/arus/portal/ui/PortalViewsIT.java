package id.arus.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerDocument;
import id.arus.identity.TestUsers;
import id.arus.identity.UserDirectory;
import id.arus.portal.PortalRegistration;
import id.arus.portal.PortalSignUp;
import id.arus.portal.PortalTestPlans;
import id.arus.portal.SignedUp;
import id.arus.shell.ArusI18n;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@ArusIT
class PortalViewsIT {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    PortalSignUp signUp;
    @Autowired
    UserDirectory users;
    @Autowired
    CustomerDirectory customers;

    private Plan plan;

    @BeforeEach
    void aPlanOnSale() {
        plan = PortalTestPlans.sellable(catalog);
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
        SecurityContextHolder.clearContext();
    }

    private static void anonymous() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    /** A customer who signed up, signed in as them. */
    private PortalRegistration signedUpCustomer() {
        anonymous();
        PortalRegistration form = PortalTestPlans.registration(plan);
        SignedUp done = signUp.register(form, "10.7.0." + (System.nanoTime() % 250));
        SecurityContextHolder.getContext().setAuthentication(done.authentication());
        return form;
    }

    @Test
    void theSignUpFormShowsEveryProblemInIndonesianAndASignUpLandsOnTheServices() {
        anonymous();
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(PortalSignUpView.class);
        PortalSignUpView view = _get(PortalSignUpView.class);
        assertThat(view.plan.getListDataView().getItems()).extracting(Plan::id).contains(plan.id());
        assertThat(view.plan.getItemLabelGenerator().apply(plan)).contains("20 Mbps").contains("Rp");

        view.nik.setValue("123");
        view.password.setValue("rahasia-ku-panjang-1");
        view.passwordRepeat.setValue("beda");
        view.submit();
        assertThat(view.consent.isInvalid()).isTrue();
        assertThat(view.consent.getErrorMessage()).contains("menyetujui");
        assertThat(view.plan.getErrorMessage()).isEqualTo("Pilih paket.");
        assertThat(view.passwordRepeat.getErrorMessage()).isEqualTo("Kedua kata sandi tidak sama.");
        assertThat(view.send.isEnabled()).isTrue();

        PortalRegistration form = PortalTestPlans.registration(plan);
        view.username.setValue(form.username());
        view.fullName.setValue(form.fullName());
        view.nik.setValue(form.nik());
        view.phone.setValue(form.phone());
        view.email.setValue(form.email());
        view.address.setValue(form.address());
        view.location.setText(form.location());
        view.plan.setValue(plan);
        view.site.setValue("Bandung");
        view.password.setValue(form.password());
        view.passwordRepeat.setValue(form.password());
        view.consent.setValue(true);
        view.submit();

        assertThat(users.findByUsername(form.username())).isPresent();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo(form.username());
    }

    @Test
    void theServicesPageShowsTheNewServiceAndTheNextStepAndPollsWhileOpen() {
        signedUpCustomer();
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        UI.getCurrent().navigate("portal", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("registered", "")));

        assertThat(_get(Div.class, spec -> spec.withId("portal-welcome")).getElement().getTextRecursively())
                .contains("Pendaftaran Anda sudah kami terima").contains("KTP");
        assertThat(_get(Div.class, spec -> spec.withId("portal-services")).getElement().getTextRecursively())
                .contains("Rumah 20 Mbps").contains("Dalam pendaftaran");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo((int) PortalServicesView.REFRESH.toMillis());
        assertThat(_get(Span.class, spec -> spec.withId("portal-brand")).getText()).isNotBlank();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("portal-nav-portal-tiket"))).hasSize(1);
    }

    @Test
    void aCustomerEditsTheirContactDetailsAndChangesTheirPasswordInEnglish() {
        PortalRegistration form = signedUpCustomer();
        KaribuViews.start(context, Locale.ENGLISH);
        KaribuViews.show(PortalProfileView.class);
        PortalProfileView view = _get(PortalProfileView.class);
        assertThat(view.nik.isReadOnly()).isTrue();

        view.address.setValue("Jl. Riau 5, Bandung");
        view.saveData();
        assertThat(customers.mine().address()).isEqualTo("Jl. Riau 5, Bandung");

        view.currentPassword.setValue("wrong-password-1");
        view.newPassword.setValue("kopi-tubruk-malam-9");
        view.repeatPassword.setValue("kopi-tubruk-malam-9");
        view.changePassword();
        assertThat(view.currentPassword.isInvalid()).isTrue();
        view.currentPassword.setValue(form.password());
        view.changePassword();
        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(view.currentPassword.getValue()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCustomerUploadsTheirKtpAndSeesItWaitingWhileAWrongFileIsRefused() {
        signedUpCustomer();
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(PortalDocumentsView.class);
        PortalDocumentsView view = _get(PortalDocumentsView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("documents-limits")).getText())
                .contains("5.0 MB");

        view.uploaded("catatan.txt", "bukan gambar".getBytes());
        assertThat(GridKt._size(view.grid)).isZero();
        view.uploaded("ktp.jpg", JPEG);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        CustomerDocument row = GridKt._get(view.grid, 0);
        assertThat(row.filename()).isEqualTo("ktp.jpg");
        assertThat(row.type()).isEqualTo(id.arus.customer.DocumentType.KTP);
    }

    @Test
    void staffOpeningThePortalAreDeniedAndACustomerOnAStaffScreenToo() {
        signIn("portal-cs", "CS");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        UI.getCurrent().navigate("portal");
        assertThat(_find(PortalServicesView.class)).isEmpty();
        assertThat(_find(id.arus.shell.AccessDeniedView.class)).hasSize(1);
        KaribuViews.stop();

        signedUpCustomer();
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        UI.getCurrent().navigate("network/nas");
        assertThat(_find(id.arus.shell.AccessDeniedView.class)).hasSize(1);
        UI.getCurrent().navigate("");
        assertThat(_find(PortalServicesView.class)).hasSize(1);
    }
}
