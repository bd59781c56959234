package dev.krait.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GeometryDemoTest {
    @Test
    void javaUsesThePythonLibraryBothWays() {
        assertEquals("""
                facade: area=13.5 lengths={triangle=8, square=6}
                embedding: circle=12.5664 perimeter=12
                """, GeometryDemo.run());
    }
}
