// Sentence and word boundaries from the system ICU, over UTF-8 text.
// Only stdint types cross this header, so Swift never sees ICU's own headers.
#ifndef LNM_ICU_H
#define LNM_ICU_H

#include <stdint.h>

/// Which ICU break iterator a breaker wraps.
enum { LNM_BREAK_SENTENCE = 0, LNM_BREAK_WORD = 1 };

/// An ICU break iterator plus its reusable UTF-16 buffer; use from one thread at a time.
typedef struct lnm_breaker lnm_breaker;

/// Opens a breaker of `kind` for `locale` ("" for root). Returns NULL and sets `*err` on failure.
lnm_breaker *lnm_breaker_open(int32_t kind, const char *locale, int32_t *err);

/// Releases a breaker; NULL is ignored.
void lnm_breaker_close(lnm_breaker *breaker);

/// Finds the boundaries of `utf8[0..<length]` and writes them as UTF-8 byte offsets
/// (ascending, the first > 0, the last == length) to `offsets`; for word breakers it also
/// writes ICU's rule status of the segment ending there to `statuses` (may be NULL).
/// Returns how many boundaries exist, which may exceed `capacity` (then only `capacity`
/// were written and the caller retries with a larger buffer), or -1 with `*err` set.
int32_t lnm_breaker_boundaries(lnm_breaker *breaker, const uint8_t *utf8, int32_t length,
                               int32_t *offsets, int32_t *statuses, int32_t capacity,
                               int32_t *err);

/// A short English description of an ICU error code.
const char *lnm_icu_error_name(int32_t err);

#endif
