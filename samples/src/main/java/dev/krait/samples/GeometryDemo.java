package dev.krait.samples;

import dev.krait.embed.PythonObject;
import dev.krait.embed.PythonRuntime;
import java.util.List;
import java.util.Map;
import krait.facade.Geometry;

/**
 * A Java program using a Python library compiled in the same Maven build (samples/src/main/python): through its
 * typed facade (javac-checked static methods) and through the embedding API.
 */
public final class GeometryDemo {
    private GeometryDemo() {}

    public static String run() {
        StringBuilder out = new StringBuilder();
        double a = Geometry.area(3.0, 4.5);
        Map<String, Long> lengths = Geometry.describe(List.of("triangle", "square"));
        out.append("facade: area=").append(a).append(" lengths=").append(lengths).append('\n');
        try (PythonRuntime python = PythonRuntime.create()) {
            PythonObject geometry = python.importModule("geometry");
            PythonObject polygon = geometry.getObject("Polygon").callObject(List.of(3, 4, 5));
            out.append("embedding: circle=").append(String.format("%.4f", (Double) geometry.invoke("circle_area", 2.0)))
                    .append(" perimeter=").append(polygon.invoke("perimeter")).append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        System.out.print(run());
    }
}
