package id.arus.settings;

import java.time.ZoneId;

/** The operator's time zone: every time Arus shows or exports is in this zone. */
public interface OperatorZone {

    ZoneId DEFAULT = ZoneId.of("Asia/Jakarta");

    ZoneId zone();
}
