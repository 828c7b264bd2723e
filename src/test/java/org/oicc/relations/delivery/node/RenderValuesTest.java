package org.oicc.relations.delivery.node;

import org.junit.jupiter.api.Test;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/** Date text as the delivery endpoint writes it: ISO-8601, milliseconds always, the stored offset. */
class RenderValuesTest {

    private static Calendar at(String zone, int millis) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone(zone));
        c.clear();
        c.set(2024, Calendar.MARCH, 1, 10, 15, 30);
        c.set(Calendar.MILLISECOND, millis);
        return c;
    }

    @Test
    void keepsTheOffsetTheDateWasStoredWith() {
        assertThat(JsonValues.date(at("GMT+03:00", 123))).isEqualTo("2024-03-01T10:15:30.123+03:00");
        assertThat(JsonValues.date(at("GMT-05:30", 123))).isEqualTo("2024-03-01T10:15:30.123-05:30");
    }

    @Test
    void writesZeroMillisecondsToo() {
        assertThat(JsonValues.date(at("GMT+01:00", 0))).isEqualTo("2024-03-01T10:15:30.000+01:00");
    }

    @Test
    void utcIsWrittenAsZ() {
        assertThat(JsonValues.date(at("UTC", 5))).isEqualTo("2024-03-01T10:15:30.005Z");
    }
}
