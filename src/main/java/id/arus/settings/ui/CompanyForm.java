package id.arus.settings.ui;

/** What the company tab edits; mutable for the Binder, turned into a {@code CompanyProfile} on save. */
class CompanyForm {

    private String name;
    private String address;
    private String npwp;

    CompanyForm() {
    }

    CompanyForm(String name, String address, String npwp) {
        this.name = name;
        this.address = address;
        this.npwp = npwp;
    }

    String getName() { return name; }
    void setName(String name) { this.name = name; }
    String getAddress() { return address; }
    void setAddress(String address) { this.address = address; }
    String getNpwp() { return npwp; }
    void setNpwp(String npwp) { this.npwp = npwp; }
}
