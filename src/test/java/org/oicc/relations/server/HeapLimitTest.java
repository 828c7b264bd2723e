package org.oicc.relations.server;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Probe D30: the start-up line tells an unbounded default heap from an operator's bound. */
class HeapLimitTest {

    @Test
    void anyOfTheJvmsHeapBoundsCountsAsTheOperatorsChoice() {
        assertThat(HeapLimit.explicit(List.of("-Dx=1", "-Xmx512m"))).isTrue();
        assertThat(HeapLimit.explicit(List.of("-XX:MaxRAMPercentage=50"))).isTrue();
        assertThat(HeapLimit.explicit(List.of("-XX:MaxHeapSize=256m"))).isTrue();
        assertThat(HeapLimit.explicit(List.of("-Xms512m", "-Djava.io.tmpdir=/tmp"))).isFalse();
    }

    @Test
    void theLineNamesTheLimitInMebibytes() {
        assertThat(HeapLimit.describe()).startsWith("heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
    }
}
