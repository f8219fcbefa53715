package id.arus.network;

/**
 * Which incidents to list; a null field does not filter.
 *
 * @param text part of the router's name, any case
 */
public record NetworkIncidentFilter(NetworkIncident.Status status, NetworkIncident.Kind kind, String text) {

    public static NetworkIncidentFilter all() {
        return new NetworkIncidentFilter(null, null, null);
    }

    public static NetworkIncidentFilter open() {
        return new NetworkIncidentFilter(NetworkIncident.Status.OPEN, null, null);
    }
}
