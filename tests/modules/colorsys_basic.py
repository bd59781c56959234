# colorsys: every conversion on a grid of colors, round trips, ints, clamping, and bad arguments.
import colorsys

vals = [0.0, 0.1, 0.25, 1 / 3, 0.5, 0.6, 0.75, 0.9, 1.0]
rows = []
for r in vals[::2]:
    for g in vals[1::2]:
        for b in vals[::3]:
            rows.append((r, g, b))
for rgb in rows + [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.5, 0.5, 0.5), (0.2, 0.4, 0.4)]:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, hls, hsv)
    print('  ', colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 1 / 6, 0.3, 0.5, 0.7, 5 / 6, 0.99, 1.0, 1.5, -0.25]:
    print(h, colorsys.hsv_to_rgb(h, 0.8, 0.9), colorsys.hls_to_rgb(h, 0.3, 0.7), colorsys.hls_to_rgb(h, 0.8, 0.5))
print(colorsys.yiq_to_rgb(1.0, 0.6, 0.6), colorsys.yiq_to_rgb(0.0, -0.6, 0.5))
print(colorsys.rgb_to_hsv(255, 128, 0), colorsys.rgb_to_hls(1, 0, 0), colorsys.hsv_to_rgb(0, 0, 7))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, sorted(colorsys.__all__))
try:
    colorsys.rgb_to_hsv('a', 0, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    colorsys.hsv_to_rgb(0.5, 0.5)
except TypeError as e:
    print("TypeError:", e)
