#include <librsvg/rsvg.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <stdint.h>
#include <stdlib.h>
#include <zlib.h>

/// 1 when every pixel of a cairo ARGB32 image has full alpha, else 0.
static inline int aiser_image_is_opaque(const unsigned char *data, int width, int height, int stride) {
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(data + (size_t)y * (size_t)stride);
        for (int x = 0; x < width; x++) {
            if ((row[x] >> 24) != 0xff) return 0;
        }
    }
    return 1;
}

/// The zlib stream of a PNG's image data for a cairo ARGB32 image (premultiplied, native
/// endian): each row behind filter type 0 (none), as straight RGB (`alpha` 0) or RGBA, deflated
/// at `level`. Answers a buffer to release with `free` and its length in `*length`, or NULL.
static inline unsigned char *aiser_png_image_data(
    const unsigned char *data, int width, int height, int stride, int alpha, int level, unsigned long *length) {
    size_t channels = alpha ? 4 : 3;
    size_t rowBytes = 1 + channels * (size_t)width;
    size_t rawSize = rowBytes * (size_t)height;
    unsigned char *raw = malloc(rawSize);
    if (raw == NULL) return NULL;
    for (int y = 0; y < height; y++) {
        const uint32_t *src = (const uint32_t *)(data + (size_t)y * (size_t)stride);
        unsigned char *out = raw + (size_t)y * rowBytes;
        *out++ = 0;
        for (int x = 0; x < width; x++) {
            uint32_t p = src[x];
            unsigned a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            if (a != 0 && a != 0xff) {
                r = (r * 255 + a / 2) / a;
                g = (g * 255 + a / 2) / a;
                b = (b * 255 + a / 2) / a;
            }
            *out++ = (unsigned char)r;
            *out++ = (unsigned char)g;
            *out++ = (unsigned char)b;
            if (alpha) *out++ = (unsigned char)a;
        }
    }
    uLongf size = compressBound((uLong)rawSize);
    unsigned char *compressed = malloc(size);
    if (compressed == NULL || compress2(compressed, &size, raw, (uLong)rawSize, level) != Z_OK) {
        free(raw);
        free(compressed);
        return NULL;
    }
    free(raw);
    *length = size;
    return compressed;
}
