package id.arus.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.customer.CustomerForm;
import id.arus.customer.CustomerStatus;
import id.arus.customer.ServiceSummary;
import id.arus.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerRulesTest {

    @Test
    void acceptsNiksOfMenAndWomenAndRefusesImplausibleOnes() {
        assertThat(Nik.problem("3404011505900001")).isNull();
        assertThat(Nik.problem("3404015505900002")).as("woman: day 15 + 40").isNull();
        assertThat(Nik.problem("9471027112990003")).as("Papua, 31 + 40, December").isNull();
        assertThat(Nik.problem(Nik.strip("3404 0115 0590 0001"))).isNull();

        assertThat(Nik.problem("")).isEqualTo("customer.nik.required");
        assertThat(Nik.problem("340401150590000")).isEqualTo("customer.nik.format");
        assertThat(Nik.problem("34040115059000a1")).isEqualTo("customer.nik.format");
        assertThat(Nik.problem("1004011505900001")).isEqualTo("customer.nik.province");
        assertThat(Nik.problem("9504011505900001")).isEqualTo("customer.nik.province");
        assertThat(Nik.problem("3404013505900001")).as("day 35 is neither").isEqualTo("customer.nik.birthDate");
        assertThat(Nik.problem("3404011513900001")).as("month 13").isEqualTo("customer.nik.birthDate");
        assertThat(Nik.problem("3404010005900001")).as("day 00").isEqualTo("customer.nik.birthDate");
    }

    @Test
    void masksTheMiddleOfTheNik() {
        assertThat(Nik.masked("3201011505900001")).isEqualTo("3201********0001");
    }

    @Test
    void normalisesMobileNumbersInEveryCommonForm() {
        for (String typed : List.of("081234567890", "0812-3456-7890", "0812.3456.7890", "62 812 3456 7890",
                "+62 812-3456-7890", "+6281234567890", "+62 0812 3456 7890", "6281234567890")) {
            assertThat(MobileNumbers.normalise(typed)).as(typed).contains("+6281234567890");
        }
        assertThat(MobileNumbers.normalise("0274 123456")).as("Yogyakarta landline").isEmpty();
        assertThat(MobileNumbers.normalise("021-5551234")).as("Jakarta landline").isEmpty();
        assertThat(MobileNumbers.normalise("0812345")).as("too short").isEmpty();
        assertThat(MobileNumbers.normalise("08123456789012345")).as("too long").isEmpty();
        assertThat(MobileNumbers.normalise("0812abc4567")).isEmpty();
        assertThat(MobileNumbers.normalise("+1 812 345 6789")).isEmpty();
    }

    @Test
    void turnsATypedNumberIntoTheStoredFormForSearch() {
        assertThat(MobileNumbers.searchForm("0812-3456")).isEqualTo("6281234 56".replace(" ", ""));
        assertThat(MobileNumbers.searchForm("+62 812")).isEqualTo("62812");
        assertThat(MobileNumbers.searchForm("budi")).isNull();
    }

    @Test
    void collectsEveryProblemOfAFormAtOnce() {
        CustomerForm form = new CustomerForm(" ", "123", "021 555 1234", "not-an-email", "", null, "unknown", null);
        assertThatThrownBy(() -> CustomerRules.validate(form, c -> false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", List.of("customer.name.required"))
                        .containsEntry("nik", List.of("customer.nik.format"))
                        .containsEntry("phone", List.of("customer.phone.invalid"))
                        .containsEntry("email", List.of("customer.email.invalid"))
                        .containsEntry("address", List.of("customer.address.required"))
                        .containsEntry("category", List.of("customer.category.unknown")));
    }

    @Test
    void storesTheFormTrimmedAndNormalised() {
        ValidCustomer valid = CustomerRules.validate(new CustomerForm("  Budi Santoso ", "3404 0115 0590 0001",
                "0812 3456 7890", " Budi@Example.co.id ", " Jl. Magelang ", null, "residential", " "), c -> true);
        assertThat(valid).isEqualTo(new ValidCustomer("Budi Santoso", "3404011505900001", "+6281234567890",
                "budi@example.co.id", "Jl. Magelang", null, "residential", null));
    }

    @Test
    void derivesTheCustomerStatusFromTheirServices() {
        assertThat(StatusDerivation.of(List.of())).isEqualTo(CustomerStatus.INACTIVE);
        assertThat(StatusDerivation.of(List.of(service("TERMINATED"), service("REJECTED")))).isEqualTo(CustomerStatus.INACTIVE);
        assertThat(StatusDerivation.of(List.of(service("ONBOARDING"), service("TERMINATED")))).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(StatusDerivation.of(List.of(service("ACTIVATING")))).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(StatusDerivation.of(List.of(service("ONBOARDING"), service("SUSPENDED")))).isEqualTo(CustomerStatus.SUSPENDED);
        assertThat(StatusDerivation.of(List.of(service("SUSPENDED"), service("ACTIVE")))).isEqualTo(CustomerStatus.ACTIVE);
    }

    @Test
    void recognisesDocumentsByTheirFirstBytes() {
        assertThat(DocumentContent.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains("image/jpeg");
        assertThat(DocumentContent.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains("image/png");
        assertThat(DocumentContent.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(DocumentContent.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(DocumentContent.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(DocumentContent.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(DocumentContent.cleanFilename("C:\\Users\\budi\\ktp.jpg")).isEqualTo("ktp.jpg");
        assertThat(DocumentContent.cleanFilename("../../etc/passwd")).isEqualTo("passwd");
    }

    private static ServiceSummary service(String status) {
        return new ServiceSummary("SUB-" + status, status, null, 1L);
    }
}
