package id.arus.settings.ui;

/** What the regional tab edits; the zone stays text until it passed validation. */
class RegionalForm {

    private String zone;
    private String language;
    private String currency;

    RegionalForm() {
    }

    RegionalForm(String zone, String language, String currency) {
        this.zone = zone;
        this.language = language;
        this.currency = currency;
    }

    String getZone() { return zone; }
    void setZone(String zone) { this.zone = zone; }
    String getLanguage() { return language; }
    void setLanguage(String language) { this.language = language; }
    String getCurrency() { return currency; }
    void setCurrency(String currency) { this.currency = currency; }
}
