package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlacementCandidateTest {

    private static PlacementCandidate candidate(long id, Integer capacity, int subscribers) {
        Nas nas = new Nas(id, "nas-" + id, "10.0.0." + id, 8728, false, "api", true, "jkt", null, NasRole.PRIMARY, null,
                capacity, null, Instant.EPOCH, Instant.EPOCH);
        return new PlacementCandidate(nas, subscribers);
    }

    @Test
    void sizedRoutersWithTheMostRoomComeFirstThenUnsizedOnesLeastLoadedFirst() {
        List<Long> order = Stream.of(
                        candidate(1, 100, 90),  // 10 left
                        candidate(2, null, 500),
                        candidate(3, 50, 10),   // 40 left
                        candidate(4, null, 20),
                        candidate(5, 200, 160)) // 40 left, ties with 3: lower id first
                .sorted(PlacementCandidate.MOST_ROOM_FIRST).map(c -> c.nas().id()).toList();

        assertThat(order).containsExactly(3L, 5L, 1L, 4L, 2L);
    }

    @Test
    void headroomAndFit() {
        assertThat(candidate(1, 10, 7).headroom()).isEqualTo(3);
        assertThat(candidate(1, 10, 7).fits(3)).isTrue();
        assertThat(candidate(1, 10, 7).fits(4)).isFalse();
        assertThat(candidate(1, 5, 9).headroom()).as("over capacity").isEqualTo(-4);
        assertThat(candidate(1, 0, 0).fits(1)).isFalse();
        assertThat(candidate(1, null, 1_000_000).fits(1_000_000)).as("no capacity, no limit").isTrue();
        assertThat(candidate(1, null, 0).headroom()).isEqualTo(Integer.MAX_VALUE);
    }
}
