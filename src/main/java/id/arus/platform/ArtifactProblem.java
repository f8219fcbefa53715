package id.arus.platform;

/**
 * Why a file was rejected, as precisely as the parser could say. Line and column are 1-based and
 * null when the parser did not report a position.
 */
public record ArtifactProblem(String file, Integer line, Integer column, String message) {

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line != null) {
            where.append(':').append(line);
            if (column != null) {
                where.append(':').append(column);
            }
        }
        return where + ": " + message;
    }
}
