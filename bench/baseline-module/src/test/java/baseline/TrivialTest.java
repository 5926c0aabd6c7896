package baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrivialTest {
    @Test
    void onePlusOne() {
        assertEquals(2, 1 + 1);
    }
}
