package id.arus.settings;

/** The company logo as stored: the type Arus detected from the bytes, never the type a browser claimed. */
public record CompanyLogo(String contentType, byte[] bytes) {
}
